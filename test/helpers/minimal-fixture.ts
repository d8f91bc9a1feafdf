import { reviewBlock, stageFile, validContentFiles } from './content-fixture.ts';

/**
 * The smallest site the generator accepts: the organization file, three roles and one
 * playbook of three stages. No objectives, scope, RACI, forums, escalation, plans, KPIs,
 * stakeholders or comms.
 */
export function minimalSiteFiles(): Record<string, string> {
  const base = validContentFiles();
  return {
    'content/organization.yaml': base['content/organization.yaml'],
    'content/roles/sponsor.yaml': base['content/roles/sponsor.yaml'],
    'content/roles/pmo-lead.yaml': base['content/roles/pmo-lead.yaml'],
    'content/roles/analyst.yaml': `id: analyst
title: PMO Analyst
summary: Keeps the register and the reports.
responsibilities:
  - Keeps the register current
reportsTo: pmo-lead
timeCommitment: Full-time
${reviewBlock()}`,
    'playbooks/setup/playbook.yaml': base['playbooks/setup/playbook.yaml'],
    'playbooks/setup/first.mdx': stageFile(1, 'first-item'),
    'playbooks/setup/second.mdx': stageFile(2, 'second-item'),
    'playbooks/setup/third.mdx': stageFile(3, 'third-item').replace('roles:\n  - sponsor\n', 'roles:\n  - sponsor\n  - analyst\n'),
  };
}
