import { loadCollection } from './collections.ts';
import { buildGovernanceModel, type GovernanceModel } from '../lib/governance/governance-model.ts';

let model: Promise<GovernanceModel> | undefined;

/** The governance indexes (matrices, forums, escalation), built once per build and shared by every page. */
export function loadGovernanceModel(): Promise<GovernanceModel> {
  model ??= Promise.all([loadCollection('raci'), loadCollection('forums'), loadCollection('escalation'), loadCollection('governanceSettings')]).then(
    ([raci, forums, escalation, governanceSettings]) => buildGovernanceModel({ raci, forums, escalation, governanceSettings }),
  );
  return model;
}
