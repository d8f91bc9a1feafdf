import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { todayIso } from '../../src/lib/dates/calendar-date.ts';

/**
 * Review date of every fixture page: the run's today, so that no fixture turns overdue as the
 * calendar moves on. Tests about overdue reviews pin the date instead (validateContent's `today`).
 */
export const fixtureReviewDate = todayIso();

/**
 * `files` with every page reviewed on `day` instead of today, for a check pinned to that day: a
 * fixture reviewed today is reviewed in the future of any day before it, which is an error.
 */
export function reviewedOn(files: Record<string, string>, day: string): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path, text.replaceAll(`lastReviewed: ${fixtureReviewDate}`, `lastReviewed: ${day}`)]));
}

/** The `review:` block a fixture YAML page carries. */
export const reviewBlock = (owner = 'pmo-lead') => `review:
  owner: ${owner}
  lastReviewed: ${fixtureReviewDate}
  reviewEveryMonths: 12
`;

/** A small, valid content set as files; tests change one file to provoke one rule. */
export function validContentFiles(): Record<string, string> {
  return {
    'content/organization.yaml': `name: Example Ltd
pmoName: Example PMO
currency: GBP
locale: en-GB
mission: Help the organization deliver the right change well.
repository:
  url: https://example.com/example/playbook
  branch: main
contact:
  team: Example PMO
  email: pmo@example.com
`,
    'content/roles/sponsor.yaml': `id: sponsor
title: Sponsor
summary: Owns the case for change.
responsibilities:
  - Secures funding
timeCommitment: Two hours a week
${reviewBlock()}`,
    'content/roles/pmo-lead.yaml': `id: pmo-lead
title: PMO Lead
summary: Runs the PMO.
responsibilities:
  - Runs the portfolio cycle
reportsTo: sponsor
timeCommitment: Full-time
${reviewBlock()}`,
    'content/objectives/visibility.yaml': `id: visibility
title: Portfolio visibility
statement: Every project over the threshold is on one list.
problem: Nobody knows what is in flight.
strategicGoal: Operational excellence
benefits:
  - Fewer duplicate projects
measures:
  - name: Projects on the register
    baseline: 40%
    target: 100%
    by: 2027-06-30
owner: pmo-lead
priority: 1
${reviewBlock()}`,
    'content/scope/scope.yaml': `id: scope
title: PMO scope
summary: Change work above the thresholds.
categories:
  - kind: project
    description: Temporary work with a defined outcome.
    pmoRole: Assures and reports.
thresholds:
  - dimension: budget
    atLeast: 100000
    unit: GBP
    rationale: Below this the overhead outweighs the benefit.
intake:
  route: The intake form
  steps:
    - Submit the form
  owner: pmo-lead
  responseDays: 5
${reviewBlock()}`,
    'playbooks/setup/playbook.yaml': `title: Set up the PMO
summary: How to set up the PMO.
audience: PMO leads
owner: pmo-lead
order: 1
${reviewBlock()}`,
    'playbooks/setup/first.mdx': stageFile(1, 'first-item'),
    'playbooks/setup/second.mdx': stageFile(2, 'second-item'),
  };
}

export function stageFile(stage: number, itemId: string, extra = ''): string {
  return `---
stage: ${stage}
title: Stage ${stage}
summary: What stage ${stage} does.
purpose: Why stage ${stage} matters.
owner: pmo-lead
lastReviewed: ${fixtureReviewDate}
reviewEveryMonths: 12
inputs:
  - A mandate
outputs:
  - name: Stage ${stage} decision
    description: Recorded in the log.
roles:
  - sponsor
checklist:
  - id: ${itemId}
    text: Do the thing
    owner: sponsor
    evidence: Minutes
${extra}---

## Steps

Text.
`;
}

/** Writes files into a new temporary folder laid out like a project, and returns its path. */
export function writeContentFiles(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pmo-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
