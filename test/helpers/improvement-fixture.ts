import { reviewBlock, validContentFiles } from './content-fixture.ts';

const level = (number: number, name: string, statements: string[]) => `      - level: ${number}
        name: ${name}
        descriptor: What level ${number} looks like.
        statements:
${statements.map((id) => `          - id: ${id}\n            text: Statement ${id} holds.`).join('\n')}
`;

/** A two-perspective maturity model, written out so tests can edit one line. */
export const maturityModelYaml = `title: Test maturity model
introduction: Answer yes only with evidence.
stage: setup/second
perspectives:
  - id: governance
    title: Governance
    summary: How decisions are made.
    levels:
${level(1, 'Ad hoc', ['g1a', 'g1b'])}${level(2, 'Repeatable', ['g2a', 'g2b'])}${level(3, 'Defined', ['g3a', 'g3b', 'g3c'])}${level(4, 'Managed', ['g4a', 'g4b'])}${level(5, 'Optimising', ['g5a', 'g5b'])}  - id: benefits
    title: Benefits
    summary: How benefits are realised.
    levels:
${level(1, 'Ad hoc', ['b1a', 'b1b'])}${level(2, 'Repeatable', ['b2a', 'b2b'])}${level(3, 'Defined', ['b3a', 'b3b'])}${level(4, 'Managed', ['b4a', 'b4b'])}${level(5, 'Optimising', ['b5a', 'b5b'])}${reviewBlock()}`;

export const baselineAssessmentYaml = `id: baseline
title: Baseline assessment
date: 2026-10-01
assessor: pmo-lead
levels:
  - perspective: governance
    level: 2
  - perspective: benefits
    level: 1
notes: First look, from interviews.
`;

/** The valid content fixture plus stage 8's content. */
export function validImprovementFiles(): Record<string, string> {
  return {
    ...validContentFiles(),
    'content/maturity/model.yaml': maturityModelYaml,
    'content/maturity/assessments/baseline.yaml': baselineAssessmentYaml,
    'content/benefits/register-complete.yaml': benefitYaml,
    'content/lessons/late-reports.yaml': lessonYaml,
    'content/improvements/earlier-reminders.yaml': improvementYaml,
  };
}

/** A benefit of the fixture's objective, with two expected and two realised values. */
export const benefitYaml = `id: register-complete
title: All work on one register
description: The board sees every project in one place.
objective: visibility
owner: sponsor
measure: Projects on the register as a share of those in the finance ledger
unit: "%"
baseline: 40
target: 100
expected:
  - date: 2026-12-31
    value: 70
  - date: 2027-06-30
    value: 100
realised:
  - date: 2026-10-30
    value: 55
  - date: 2026-11-27
    value: 65
    note: After reconciliation
disBenefits:
  - Coordinators re-key their trackers.
status: on-track
${reviewBlock()}`;

/** A lesson about the fixture's second stage. */
export const lessonYaml = `id: late-reports
title: Remind people before the deadline
date: 2026-10-30
source:
  kind: retrospective
  name: PMO retrospective, October 2026
whatHappened: Only 60% of reports arrived on time.
why: The reminder went out on the deadline day.
doDifferently: Send the reminder three working days before.
stages:
  - setup/second
roles:
  - pmo-lead
tags:
  - reporting
`;

/** A backlog item from the lesson and a gap in the governance perspective. */
export const improvementYaml = `id: earlier-reminders
title: Earlier reminders
problem: Reports arrive late.
proposal: Remind three working days before the deadline.
lessons:
  - late-reports
gaps:
  - perspective: governance
    level: 3
owner: pmo-lead
priority: high
status: planned
raised: 2026-11-01
targetDate: 2026-12-01
`;
