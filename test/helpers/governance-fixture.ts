/**
 * A small, valid governance content set (RACI matrix, two forums, escalation ladder,
 * settings) that fits the roles and stages of validContentFiles(); tests change one file
 * to provoke one rule.
 */
export function validGovernanceFiles(): Record<string, string> {
  return {
    'content/raci/approvals.yaml': `id: approvals
title: Approvals
description: How requests are prepared and approved.
order: 1
stages:
  - setup/first
forums:
  - board
activities:
  - id: prepare
    name: Prepare the paper
    assignments:
      pmo-lead: R
      sponsor: A
  - id: decide
    name: Decide the request
    assignments:
      sponsor: A
      pmo-lead: R
`,
    'content/governance/forums/board.yaml': `id: board
title: Board
purpose: Decides what the working group cannot.
chair: sponsor
members:
  - pmo-lead
cadence:
  frequency: monthly
  weeks: [3]
  day: wednesday
  durationMinutes: 90
quorum:
  description: The chair and the PMO lead.
  requires:
    - sponsor
papersDueWorkingDays: 5
decisionRights:
  - decision: Approve requests
    limit: up to £1m
inputs:
  - Papers
outputs:
  - Decisions
stages:
  - setup/second
`,
    'content/governance/forums/working-group.yaml': `id: working-group
title: Working group
purpose: Prepares the board's decisions.
chair: pmo-lead
members:
  - sponsor
cadence:
  frequency: weekly
  day: tuesday
  durationMinutes: 60
quorum:
  description: The PMO lead.
decisionRights:
  - decision: Accept requests for assessment
inputs:
  - Requests
outputs:
  - Recommendations
escalatesTo: board
`,
    'content/governance/escalation.yaml': `summary: Each level decides within its tolerances and passes the rest up.
levels:
  - id: lead
    title: Lead
    decidedBy:
      role: pmo-lead
    escalateWithinWorkingDays: 2
    tolerances:
      cost:
        percent: 5
        of: stage-budget
        cap: 10000
      schedule:
        weeks: 2
        on: stage-end
      scope:
        benefitsShortfallPercent: 0
        description: No change to must-haves.
      risk:
        maxScore: 8
  - id: group
    title: Group
    decidedBy:
      forum: working-group
    escalateWithinWorkingDays: 5
    tolerances:
      cost:
        percent: 10
        of: total-budget
        cap: 50000
      schedule:
        weeks: 4
        on: end-date
      scope:
        benefitsShortfallPercent: 5
        description: Must-haves may change.
      risk:
        maxScore: 12
  - id: top
    title: Top
    decidedBy:
      forum: board
    tolerances: {}
examples:
  - situation: A £100,000 project is £20,000 over.
    project:
      totalBudget: 100000
    forecast:
      costOverrun: 20000
`,
    'content/governance/settings.yaml': `raci:
  maxAccountablePerRole: 5
`,
  };
}
