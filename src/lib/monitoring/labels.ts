import type { Rag } from '../../schemas/index.ts';

/** Every RAID status as readers see it. */
export const raidStatusLabel: Record<string, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  closed: 'Closed',
  unvalidated: 'Not yet validated',
  valid: 'Validated: true',
  invalid: 'Validated: false',
  'at-risk': 'At risk',
  met: 'Met',
  cancelled: 'Cancelled',
};

export const riskResponseLabel: Record<string, string> = {
  avoid: 'Avoid',
  reduce: 'Reduce',
  transfer: 'Transfer',
  accept: 'Accept',
  exploit: 'Exploit (opportunity)',
  share: 'Share (opportunity)',
  enhance: 'Enhance (opportunity)',
};

export const issuePriorityLabel: Record<string, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

/** The shape that stands beside each RAG word, so status never rests on colour alone. */
export const ragShape: Record<Rag, string> = { green: '●', amber: '▲', red: '■' };
