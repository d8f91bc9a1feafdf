import type { Service } from '../../schemas/index.ts';
import type { Entry } from '../playbook-model.ts';
import { routes } from '../routes.ts';

/** Services in catalogue order, then by name. */
export const orderServices = (services: readonly Entry<Service>[]) => [...services].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name));

/**
 * The service catalogue page with the element ids a link may point at, mirroring
 * src/pages/services/index.astro; the link checker's table of site pages includes it.
 */
export function servicePages(services: readonly Entry<Service>[]): [path: string, anchors: string[]][] {
  if (services.length === 0) return [];
  return [[routes.services(), ['catalogue', 'services', ...services.map((service) => service.id)]]];
}
