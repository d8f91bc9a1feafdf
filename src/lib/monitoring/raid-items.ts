import type { Assumption, BelongsTo, Dependency, Issue, RaidAction, Risk } from '../../schemas/index.ts';

export const raidTypes = ['risk', 'issue', 'assumption', 'dependency'] as const;
export type RaidType = (typeof raidTypes)[number];

export const raidTypeLabel: Record<RaidType, { singular: string; plural: string }> = {
  risk: { singular: 'Risk', plural: 'Risks' },
  issue: { singular: 'Issue', plural: 'Issues' },
  assumption: { singular: 'Assumption', plural: 'Assumptions' },
  dependency: { singular: 'Dependency', plural: 'Dependencies' },
};

/** Any of the four RAID items, tagged with its type. */
export type RaidItem =
  | { type: 'risk'; data: Risk }
  | { type: 'issue'; data: Issue }
  | { type: 'assumption'; data: Assumption }
  | { type: 'dependency'; data: Dependency };

/** What every RAID item has in common, in one shape for lists, filters and rules. */
export interface RaidSummary {
  type: RaidType;
  id: string;
  /** The reference people quote, for example "R07". */
  ref: string;
  title: string;
  owner: string;
  status: string;
  open: boolean;
  belongsTo: BelongsTo;
  raised: string;
  closed?: string;
  /** Why it was closed (a risk's reason, an issue's resolution, an assumption's finding). */
  closedReason?: string;
  /** Field holding closedReason, for error messages. */
  closedReasonField: 'closedReason' | 'resolution';
  /** The date it must be acted on by: issue due, assumption validate-by, dependency need-by, risk proximity. */
  dueDate: string;
  dueField: 'due' | 'validateBy' | 'needBy' | 'proximity';
  actions: RaidAction[];
}

/** "r07" as "R07". */
export const raidRef = (id: string) => id.toUpperCase();

const closedStatuses: Record<RaidType, ReadonlySet<string>> = {
  risk: new Set(['closed']),
  issue: new Set(['closed']),
  assumption: new Set(['valid', 'invalid']),
  dependency: new Set(['met', 'cancelled']),
};

/** Whether a status of a type closes the item. */
export const isClosedStatus = (type: RaidType, status: string) => closedStatuses[type].has(status);

export function summarize(item: RaidItem): RaidSummary {
  const { data } = item;
  const common = {
    type: item.type,
    id: data.id,
    ref: raidRef(data.id),
    title: data.title,
    owner: data.owner,
    status: data.status,
    open: !isClosedStatus(item.type, data.status),
    belongsTo: data.belongsTo,
    raised: data.raised,
    closed: data.closed,
  };
  switch (item.type) {
    case 'risk':
      return { ...common, closedReason: item.data.closedReason, closedReasonField: 'closedReason', dueDate: item.data.proximity, dueField: 'proximity', actions: item.data.actions };
    case 'issue':
      return { ...common, closedReason: item.data.resolution, closedReasonField: 'resolution', dueDate: item.data.due, dueField: 'due', actions: item.data.actions };
    case 'assumption':
      return { ...common, closedReason: item.data.closedReason, closedReasonField: 'closedReason', dueDate: item.data.validateBy, dueField: 'validateBy', actions: [] };
    case 'dependency':
      return { ...common, closedReason: item.data.closedReason, closedReasonField: 'closedReason', dueDate: item.data.needBy, dueField: 'needBy', actions: [] };
  }
}
