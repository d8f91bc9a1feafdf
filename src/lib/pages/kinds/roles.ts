import { roleReportingLines } from '../../diagrams/page-diagrams.ts';
import type { RoleInvolvement } from '../../playbook/playbook-model.ts';
import { raidEntriesOf, roleOwnsRaid } from '../../monitoring/monitoring-pages.ts';
import { pageKind } from '../page-kind.ts';
import { improvementRoleSections } from './improvement.ts';
import { hasTemplateDownloads } from '../../templates/template-pages.ts';
import { stagesNamed, stageFilterValue } from '../search-facets.ts';

export const roles = pageKind({
  route: '/roles/',
  menu: { label: 'Roles', order: 30 },
  pages: (site) => [site.roles],
  tableOfContents: false,
  title: () => 'Roles',
  sections: () => [{ id: 'reporting-lines', heading: 'Reporting lines' }],
  diagrams: (roles) => ({ reportingLines: roleReportingLines(roles) }),
});

export const role = pageKind({
  route: '/roles/[role]/',
  pages: (site) => site.roles.map((role) => site.involvement.get(role.id)!),
  params: (load: RoleInvolvement) => ({ role: load.role.id }),
  title: (load) => load.role.data.title,
  sections: (load, site) => [
    { id: 'responsibilities', heading: 'Responsibilities' },
    { id: 'stages', heading: 'Stages' },
    { id: 'stages-owned', heading: 'Stages you own', depth: 3 },
    { id: 'stages-taking-part', heading: 'Stages you take part in', depth: 3 },
    { id: 'checklist-items', heading: 'Checklist items you own' },
    ...(load.objectivesOwned.length > 0 ? [{ id: 'objectives', heading: 'Objectives you own' }] : []),
    { id: 'governance', heading: 'Governance' },
    { id: 'governance-activities', heading: 'Your part in governance processes', depth: 3 },
    { id: 'governance-forums', heading: 'Forums', depth: 3 },
    ...improvementRoleSections(site, load.role.id),
    ...(hasTemplateDownloads(site.content)
      ? [
          { id: 'my-calendar', heading: 'My calendar' },
          { id: 'this-month', heading: 'This month', depth: 3 as const },
        ]
      : []),
    ...(roleOwnsRaid(raidEntriesOf(site.content), load.role.id) ? [{ id: 'raid', heading: 'RAID items and actions you own' }] : []),
    { id: 'reporting-line', heading: 'Reporting line' },
  ],
  anchors: (load, site) => ((site.governance.assignments.get(load.role.id) ?? []).length > 0 ? ['governance-activities-caption'] : []),
  search: {
    label: 'Role',
    groupHeading: 'Roles',
    describe: (load, site) => {
      const stages = stagesNamed(site, [...load.stagesOwned, ...load.stagesTakingPart].map((stage) => stage.id));
      const playbooks = site.playbooks.filter((playbook) => load.playbooksOwned.includes(playbook) || stages.some((named) => named.playbook === playbook));
      return {
        playbooks: playbooks.map((playbook) => playbook.data.title),
        stages: stages.map(({ playbook, stage }) => stageFilterValue(playbook, stage)),
        roles: [load.role.data.title],
      };
    },
  },
});
