import { flowchartLabel } from './mermaid-text.ts';
import type { GeneratedDiagram } from './generated-diagram.ts';

/** One stage as the flow shows it. */
export interface FlowStage {
  /** Position in the playbook, 1 first. */
  number: number;
  title: string;
}

export interface StageFlowInput {
  /** Playbook id, used in build messages. */
  playbookId: string;
  playbookTitle: string;
  stages: readonly FlowStage[];
  /** True when the last stage leads back into the first (a continuous cycle). */
  cycle: boolean;
}

/**
 * The stages of a playbook top to bottom, each leading to the next; for a cycle, a dashed
 * arrow from the last stage back to the first ("Continuously improve" -> "Define objectives").
 */
export function stageFlowDiagram({ playbookId, playbookTitle, stages, cycle }: StageFlowInput): GeneratedDiagram {
  if (stages.length === 0) throw new Error(`stageFlowDiagram: playbook "${playbookId}" has no stages.`);
  const ordered = [...stages].sort((a, b) => a.number - b.number);
  const nodeId = (stage: FlowStage) => `s${stage.number}`;
  const title = (stage: FlowStage) => `${stage.number}. ${stage.title}`;
  const first = ordered[0];
  const last = ordered[ordered.length - 1];

  const lines = ['flowchart TD', ...ordered.map((stage) => `  ${nodeId(stage)}[${flowchartLabel(title(stage))}]`)];
  for (let index = 1; index < ordered.length; index++) lines.push(`  ${nodeId(ordered[index - 1])} --> ${nodeId(ordered[index])}`);
  if (cycle) lines.push(`  ${nodeId(last)} -.->|${flowchartLabel('next cycle')}| ${nodeId(first)}`);

  const inOrder = `The ${ordered.length} stages of ${playbookTitle}, in order: ${ordered.map(title).join('; ')}.`;
  const loop = cycle ? ` After ${title(last)}, the cycle starts again at ${title(first)}.` : '';
  return { name: `stage flow of ${playbookId}`, source: lines.join('\n'), summary: `${inOrder}${loop}` };
}
