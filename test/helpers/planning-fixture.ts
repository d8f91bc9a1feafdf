import { validContentFiles } from './content-fixture.ts';

/**
 * The valid content fixture plus one plan, one KPI, two stakeholders and one communication,
 * all valid; tests change one file to provoke one rule.
 */
export function validPlanningFiles(): Record<string, string> {
  return {
    ...validContentFiles(),
    'content/metrics/register-coverage.yaml': `id: register-coverage
name: Projects on the register
unit: "%"
method: Projects on the register divided by projects over the threshold.
source: Portfolio register
baseline: 40
target: 100
targetDate: 2027-06-30
frequency: monthly
owner: pmo-lead
`,
    'content/plans/setup-plan.yaml': `id: setup-plan
title: PMO set-up plan
summary: How the PMO is set up.
owner: pmo-lead
stages:
  - setup/first
holidays:
  - 2026-12-25
timeline:
  - name: Foundation
    tasks:
      - id: approve
        name: Plan approved
        start: 2026-10-01
        milestone: true
        status: done
      - id: register
        name: Load the register
        after: [approve]
        duration: 10
      - id: board
        name: First board
        after: [register]
        end: 2026-10-30
budget:
  lines:
    - item: PMO lead
      category: staff
      amount: 90000
      currency: GBP
      costType: opex
      period: Year one
      owner: pmo-lead
    - item: Tool
      category: software
      amount: 20000
      currency: GBP
      costType: capex
      period: Year one
      owner: sponsor
      contingency: 10
resources:
  - role: pmo-lead
    fte: 1
    from: 2026-10-01
    source: internal
  - title: Tool contractor
    fte: 1
    from: 2026-11-02
    to: 2027-04-30
    source: contractor
metrics:
  - metric: register-coverage
`,
    'content/stakeholders/board.yaml': `id: board
name: Executive board
description: The directors.
owner: sponsor
assessment:
  interest: 0.6
  power: 0.9
  current: neutral
  desired: supportive
  concerns: Want one view of the portfolio.
`,
    'content/stakeholders/staff.yaml': `id: staff
name: Staff
description: Everyone else.
owner: pmo-lead
sensitive: true
`,
    'content/comms/board-update.yaml': `id: board-update
title: Board update
audience:
  - board
purpose: Keep the board informed.
message: Here is the portfolio.
channel: Board meeting
format: Two-page paper
frequency: monthly
first: 2026-10-14
owner: pmo-lead
stages:
  - setup/second
feedback: Minutes.
`,
  };
}

/** The planning fixture's private overlay: the sensitive stakeholder's assessment, kept out of content/. */
export function planningOverlayFiles(): Record<string, string> {
  return {
    'content/stakeholders/staff.yaml': `id: staff
assessment:
  interest: 0.2
  power: 0.1
  current: unaware
  desired: neutral
  concerns: Rarely read email.
`,
  };
}
