import { getCollection } from 'astro:content';
import { buildGovernanceModel, type GovernanceModel } from '../lib/governance/governance-model.ts';

let model: Promise<GovernanceModel> | undefined;

/** The governance indexes (matrices, forums, escalation), built once per build and shared by every page. */
export function loadGovernanceModel(): Promise<GovernanceModel> {
  model ??= Promise.all([getCollection('raci'), getCollection('forums'), getCollection('escalation'), getCollection('governanceSettings')]).then(
    ([raci, forums, escalation, governanceSettings]) => buildGovernanceModel({ raci, forums, escalation, governanceSettings }),
  );
  return model;
}
