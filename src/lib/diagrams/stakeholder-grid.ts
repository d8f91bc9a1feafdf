import { listInProse, type GeneratedDiagram } from './generated-diagram.ts';
import { lineText, quadrantString } from './mermaid-text.ts';

/** A stakeholder placed on the grid; both scores run from 0 (lowest) to 1 (highest). */
export interface StakeholderPosition {
  name: string;
  /** How much they can affect the work, 0 to 1. */
  power: number;
  /** How much the work affects them or holds their attention, 0 to 1. */
  interest: number;
}

/**
 * A score on another scale as the 0..1 the grid uses, for example a 1-5 rating:
 * `toUnitScale(4, 1, 5)` is 0.75.
 */
export function toUnitScale(value: number, lowest: number, highest: number): number {
  if (!(highest > lowest)) throw new RangeError(`toUnitScale: the scale ${lowest}..${highest} is empty.`);
  if (!Number.isFinite(value) || value < lowest || value > highest) throw new RangeError(`toUnitScale: ${value} is outside the scale ${lowest}..${highest}.`);
  return (value - lowest) / (highest - lowest);
}

/** Every reason the positions cannot be drawn; empty when they can. */
export function stakeholderGridProblems(stakeholders: readonly StakeholderPosition[]): string[] {
  const problems: string[] = [];
  for (const stakeholder of stakeholders) {
    if (stakeholder.name.trim() === '') problems.push('A stakeholder has no name.');
    for (const field of ['power', 'interest'] as const) {
      const value = stakeholder[field];
      if (!Number.isFinite(value) || value < 0 || value > 1) {
        problems.push(`"${stakeholder.name}": ${field} is ${value}; it must be a number from 0 to 1 (use toUnitScale for a 1-5 rating).`);
      }
    }
  }
  return problems;
}

/** The four quadrants in mermaid's numbering: 1 top right, 2 top left, 3 bottom left, 4 bottom right. */
const quadrants = [
  { number: 1, name: 'Manage closely', describes: 'high power, high interest', holds: (s: StakeholderPosition) => s.power >= 0.5 && s.interest >= 0.5 },
  { number: 2, name: 'Keep satisfied', describes: 'high power, lower interest', holds: (s: StakeholderPosition) => s.power >= 0.5 && s.interest < 0.5 },
  { number: 3, name: 'Monitor', describes: 'lower power, lower interest', holds: (s: StakeholderPosition) => s.power < 0.5 && s.interest < 0.5 },
  { number: 4, name: 'Keep informed', describes: 'lower power, high interest', holds: (s: StakeholderPosition) => s.power < 0.5 && s.interest >= 0.5 },
];

/** Two decimals are finer than anyone can place a stakeholder, and keep the text stable. */
const coordinate = (value: number) => String(Number(value.toFixed(2)));

/**
 * The power/interest grid (Mendelow): interest across, power up, the four usual engagement
 * strategies as quadrants. Throws with every problem when a score is outside 0..1, because a
 * silently clamped point would put a stakeholder in the wrong quadrant.
 */
export function stakeholderGridDiagram(stakeholders: readonly StakeholderPosition[], title = 'Stakeholder power and interest'): GeneratedDiagram {
  const problems = stakeholderGridProblems(stakeholders);
  if (problems.length > 0) throw new RangeError(`stakeholderGridDiagram: ${problems.join(' ')}`);
  const lines = [
    'quadrantChart',
    `  title ${lineText(title)}`,
    `  x-axis ${quadrantString('Low interest')} --> ${quadrantString('High interest')}`,
    `  y-axis ${quadrantString('Low power')} --> ${quadrantString('High power')}`,
    ...quadrants.map((quadrant) => `  quadrant-${quadrant.number} ${quadrantString(quadrant.name)}`),
    ...stakeholders.map((stakeholder) => `  ${quadrantString(stakeholder.name)}: [${coordinate(stakeholder.interest)}, ${coordinate(stakeholder.power)}]`),
  ];
  const groups = quadrants
    .map((quadrant) => ({ quadrant, names: stakeholders.filter(quadrant.holds).map((stakeholder) => stakeholder.name) }))
    .filter((group) => group.names.length > 0)
    .map(({ quadrant, names }) => `${quadrant.name} (${quadrant.describes}): ${listInProse(names)}.`);
  return { name: 'stakeholder power and interest grid', source: lines.join('\n'), summary: [`${title}.`, ...groups].join(' ') };
}
