import { escalationLadderChart, governanceForumChart } from '../../diagrams/page-diagrams.ts';
import { forumRoleIds } from '../../governance/forum-roles.ts';
import type { GovernanceModel } from '../../governance/governance-model.ts';
import type { Entry } from '../../playbook/playbook-model.ts';
import type { RaciMatrix } from '../../../schemas/index.ts';
import { pageKind } from '../page-kind.ts';
import { roleTitles, stageFacets } from '../search-facets.ts';

export const governance = pageKind({
  route: '/governance/',
  menu: { label: 'Governance', order: 40 },
  pages: (site) => (site.governance.forums.length > 0 || site.governance.matrices.length > 0 || site.governance.escalation ? [site.governance] : []),
  title: () => 'Governance',
  sections: (governance: GovernanceModel) => [
    { id: 'forums', heading: 'Decision forums' },
    ...governance.forums.map((forum) => ({ id: `forum-${forum.id}`, heading: forum.data.title, depth: 3 as const, toc: true })),
    { id: 'calendar', heading: 'Governance calendar' },
    { id: 'tolerances', heading: 'Escalation tolerances' },
    { id: 'who-decides', heading: 'Who decides?' },
    { id: 'raci', heading: 'RACI matrices' },
  ],
  anchors: (governance) => (governance.escalation?.levels ?? []).map((level) => `level-${level.id}`),
  diagrams: (governance, site) => ({
    forums: governance.forums.length > 0 ? governanceForumChart(governance, site.roles) : undefined,
    ladder: governance.escalation ? escalationLadderChart(governance, site.roles) : undefined,
  }),
  search: {
    label: 'Governance',
    groupHeading: 'Governance: forums and escalation',
    describe: (governance, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, governance.forums.flatMap((forum) => forumRoleIds(forum.data))) }),
  },
});

export const raciMatrices = pageKind({
  route: '/governance/raci/',
  pages: (site) => (site.governance.matrices.length > 0 ? [site.governance] : []),
  title: () => 'RACI matrices',
  sections: () => [
    { id: 'matrices', heading: 'Matrices' },
    { id: 'load', heading: 'Load by role' },
  ],
  anchors: () => ['load-caption'],
});

export const raciMatrix = pageKind({
  route: '/governance/raci/[matrix]/',
  pages: (site) => site.governance.matrices,
  params: (matrix: Entry<RaciMatrix>) => ({ matrix: matrix.id }),
  tableOfContents: false,
  title: (matrix) => matrix.data.title,
  sections: () => [
    { id: 'key', heading: 'Key' },
    { id: 'matrix', heading: 'Who does what' },
    { id: 'downloads', heading: 'Downloads' },
  ],
  anchors: (matrix) => matrix.data.activities.map((activity) => `activity-${activity.id}`),
  search: {
    label: 'RACI matrix',
    groupHeading: 'RACI matrices',
    describe: (matrix, site) => ({
      ...stageFacets(site, matrix.data.stages),
      roles: roleTitles(site, matrix.data.activities.flatMap((activity) => Object.keys(activity.assignments))),
    }),
  },
});
