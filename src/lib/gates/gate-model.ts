import type { Gate, Scope, Stage, Tier } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { routes } from '../pages/routes.ts';

export interface GateCriterionView {
  text: string;
  /** Link to the checklist item on the stage page that records it, when there is one. */
  href?: string;
}

export interface GateView {
  gate: Entry<Gate>;
  stageTitle: string;
  stageHref: string;
  criteria: GateCriterionView[];
  /** Who decides the gate for each tier, in tier order. */
  deciders: { tier: Tier; description: string }[];
  /** The evidence pack as document -> tiers sending it. */
  evidence: { document: string; tierNames: string[] }[];
}

/** The gates of the site in playbook and number order, with what their page shows. */
export function gateViews(gates: readonly Entry<Gate>[], stages: readonly Entry<Stage>[], scopes: readonly Entry<Scope>[]): GateView[] {
  const stageById = new Map(stages.map((stage) => [stage.id, stage.data]));
  const tiers = scopes.flatMap((scope) => scope.data.tiers ?? []);
  const tierName = new Map(tiers.map((tier) => [tier.id, tier.name]));
  return [...gates]
    .sort((a, b) => a.data.stage.split('/')[0].localeCompare(b.data.stage.split('/')[0]) || a.data.number - b.data.number)
    .map((gate) => {
      const [playbookId, slug] = gate.data.stage.split('/');
      return {
        gate,
        stageTitle: stageById.get(gate.data.stage)?.title ?? gate.data.stage,
        stageHref: routes.stage(playbookId, slug),
        criteria: gate.data.entryCriteria.map((criterion) => ({
          text: criterion.text,
          href: criterion.checklistItem ? `${routes.stage(playbookId, slug)}#item-${criterion.checklistItem}` : undefined,
        })),
        deciders: tiers.map((tier) => ({ tier, description: tier.gateDecision.description })),
        evidence: gate.data.evidence.map((item) => ({ document: item.document, tierNames: item.tiers.map((id) => tierName.get(id) ?? id) })),
      };
    });
}
