import type { Service } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';

/** Services in catalogue order, then by name, as the service catalogue page lists them. */
export const orderServices = (services: readonly Entry<Service>[]) => [...services].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));
