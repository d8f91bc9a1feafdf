import type { Stakeholder, StakeholderAssessment } from '../../schemas/index.ts';

export const quadrants = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof quadrants)[number];

/** Power and interest at or above this are "high". */
export const HIGH = 0.5;

/** The power/interest grid: high power and interest are managed closely, and so on. */
export function quadrantOf(assessment: Pick<StakeholderAssessment, 'power' | 'interest'>): Quadrant {
  const highPower = assessment.power >= HIGH;
  const highInterest = assessment.interest >= HIGH;
  if (highPower) return highInterest ? 'manage-closely' : 'keep-satisfied';
  return highInterest ? 'keep-informed' : 'monitor';
}

/**
 * A stakeholder as the published site may show it. A sensitive stakeholder keeps its name,
 * description and owner but loses its assessment here, once, so no page or download can
 * print what it never receives.
 */
export interface PublishedStakeholder {
  id: string;
  name: string;
  role?: string;
  description: string;
  owner: string;
  sensitive: boolean;
  assessment?: StakeholderAssessment & { quadrant: Quadrant };
}

export function publishStakeholder(id: string, stakeholder: Stakeholder): PublishedStakeholder {
  const published: PublishedStakeholder = {
    id,
    name: stakeholder.name,
    role: stakeholder.role,
    description: stakeholder.description,
    owner: stakeholder.owner,
    sensitive: stakeholder.sensitive,
  };
  if (!stakeholder.sensitive && stakeholder.assessment) published.assessment = { ...stakeholder.assessment, quadrant: quadrantOf(stakeholder.assessment) };
  return published;
}

/** Published stakeholders by quadrant, strongest first within each; sensitive ones are listed apart. */
export function groupByQuadrant(stakeholders: PublishedStakeholder[]): {
  quadrants: { quadrant: Quadrant; stakeholders: PublishedStakeholder[] }[];
  withheld: PublishedStakeholder[];
} {
  const assessed = stakeholders.filter((stakeholder) => stakeholder.assessment !== undefined);
  const strength = (stakeholder: PublishedStakeholder) => stakeholder.assessment!.power + stakeholder.assessment!.interest;
  return {
    quadrants: quadrants.map((quadrant) => ({
      quadrant,
      stakeholders: assessed
        .filter((stakeholder) => stakeholder.assessment!.quadrant === quadrant)
        .sort((a, b) => strength(b) - strength(a) || a.name.localeCompare(b.name)),
    })),
    withheld: stakeholders.filter((stakeholder) => stakeholder.assessment === undefined).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
