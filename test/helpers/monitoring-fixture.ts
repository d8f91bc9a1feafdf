import { validGovernanceFiles } from './governance-fixture.ts';
import { validPlanningFiles } from './planning-fixture.ts';

/**
 * The valid planning and governance fixtures plus a 3-by-3 risk matrix, one of each RAID
 * item and one status report, all valid; tests change one file to provoke one rule.
 * Dates are far ahead so no "date passed" warning fires until tests pin `today`.
 */
export function validMonitoringFiles(): Record<string, string> {
  return {
    ...validPlanningFiles(),
    ...validGovernanceFiles(),
    'content/governance/risk-matrix.yaml': `summary: Probability times impact.
probability:
  - value: 1
    label: Unlikely
    description: Under 20%.
  - value: 2
    label: Possible
    description: 20% to 60%.
  - value: 3
    label: Likely
    description: Over 60%.
impact:
  - value: 1
    label: Minor
    description: Within the stage.
  - value: 2
    label: Moderate
    description: Beyond the lead's tolerances.
  - value: 3
    label: Major
    description: Beyond the group's tolerances.
bands:
  - label: Low
    from: 1
    to: 2
    rag: green
    response: Monitor.
  - label: Medium
    from: 3
    to: 4
    rag: amber
    response: Act.
  - label: High
    from: 5
    to: 9
    rag: red
    response: Escalate.
`,
    'content/raid/risks/r01.yaml': `id: r01
title: Hire starts late
belongsTo:
  plan: setup-plan
  stage: setup/first
owner: pmo-lead
raised: 2026-10-01
cause: The market is tight.
event: The hire starts after the pilot.
effect: The pilot slips.
probability: 2
impact: 2
escalationLevel: lead
proximity: 2099-01-31
response: reduce
actions:
  - action: Make an offer
    owner: sponsor
    due: 2099-01-15
status: open
`,
    'content/raid/issues/i01.yaml': `id: i01
title: Forecasts missing
belongsTo:
  objective: visibility
owner: pmo-lead
raised: 2026-10-15
description: Two units sent no forecasts.
priority: high
due: 2099-02-01
status: open
`,
    'content/raid/assumptions/a01.yaml': `id: a01
title: Managers are released
belongsTo:
  plan: setup-plan
owner: sponsor
raised: 2026-10-01
statement: Managers get two days for training.
ifWrong: Training slips.
validateBy: 2099-03-01
status: unvalidated
`,
    'content/raid/dependencies/d01.yaml': `id: d01
title: Board needs the register
belongsTo:
  plan: setup-plan
owner: pmo-lead
raised: 2026-10-01
dependent:
  description: The first board
  task: board
dependsOn:
  description: The loaded register
  task: register
needBy: 2099-10-30
status: met
closed: 2026-10-20
closedReason: Register loaded on 20 October.
`,
    'content/status-reports/setup-plan-2026-10.yaml': `id: setup-plan-2026-10
plan: setup-plan
periodEnd: 2026-10-31
author: pmo-lead
workOwnedBy: lead
stageBudget: 100000
summary: On track.
forecast:
  costOverrun: 7000
  riskScore: 4
achievements:
  - Register loaded
nextSteps:
  - First board
decisionsNeeded:
  - decision: Approve the pilot?
    from: board
    by: 2026-11-18
topRisks: [r01]
topIssues: [i01]
`,
  };
}
