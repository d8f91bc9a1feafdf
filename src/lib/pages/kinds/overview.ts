import { tierDecisionChart } from '../../diagrams/page-diagrams.ts';
import type { Entry } from '../../playbook/playbook-model.ts';
import { reviewOwnerAnchor } from '../../reviews/page-reviews.ts';
import type { Objective, Scope } from '../../../schemas/index.ts';
import { partWords } from '../../playbook/playbook-words.ts';
import { pageKind } from '../page-kind.ts';
import { roleTitles } from '../search-facets.ts';
import type { SiteModel } from '../site-model.ts';

export const home = pageKind({
  route: '/',
  pages: (site) => [site],
  tableOfContents: false,
  title: () => 'Home',
  sections: (site: SiteModel) => [
    { id: 'playbooks', heading: 'Playbooks' },
    ...site.playbooks.map((playbook) => ({ id: `stages-${playbook.id}`, heading: `${playbook.data.title}: the ${partWords(playbook.data).many}` })),
    ...(site.objectives.length > 0 ? [{ id: 'objectives', heading: 'What the PMO is for' }] : []),
    { id: 'find-your-role', heading: 'Find your role' },
  ],
});

/** Objectives in priority order, as their page lists them. */
export const byPriority = (objectives: Entry<Objective>[]) => [...objectives].sort((a, b) => a.data.priority - b.data.priority);

export const objectives = pageKind({
  route: '/objectives/',
  menu: { label: 'Objectives', order: 10 },
  // Optional content: no objectives, no page (nor menu entry, search group or link target).
  pages: (site) => (site.objectives.length > 0 ? [byPriority(site.objectives)] : []),
  title: () => 'PMO objectives',
  sections: (objectives: Entry<Objective>[]) =>
    objectives.flatMap((objective) => [
      { id: objective.id, heading: `${objective.data.priority}. ${objective.data.title}`, tocText: objective.data.title },
      { id: `${objective.id}-benefits`, heading: 'Expected benefits', depth: 3 as const },
    ]),
  search: {
    label: 'Objectives',
    groupHeading: 'Objectives',
    describe: (objectives, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, objectives.map((objective) => objective.data.owner)) }),
  },
});

/** Scope statements by title, as their page lists them. */
export const byTitle = (scopes: Entry<Scope>[]) => [...scopes].sort((a, b) => a.data.title.localeCompare(b.data.title));

export const scope = pageKind({
  route: '/scope/',
  menu: { label: 'Scope', order: 20 },
  pages: (site) => (site.scopes.length > 0 ? [byTitle(site.scopes)] : []),
  title: () => 'PMO scope',
  sections: (scopes: Entry<Scope>[]) =>
    scopes.flatMap((scope) => [
      { id: `${scope.id}-categories`, heading: 'Categories of work' },
      { id: `${scope.id}-thresholds`, heading: 'Intake thresholds' },
      { id: `${scope.id}-exclusions`, heading: 'Out of scope' },
      { id: `${scope.id}-intake`, heading: 'How work comes in' },
      ...(scope.data.tiers ? [{ id: `${scope.id}-tiers`, heading: 'Tiers' }] : []),
    ]),
  anchors: (scopes: Entry<Scope>[]) =>
    scopes.flatMap((scope) => [...(scope.data.tiers ? [`${scope.id}-tier-decision`] : []), ...(scope.data.intakeForm ? [`${scope.id}-intake-form`] : [])]),
  diagrams: (scopes: Entry<Scope>[]) => Object.fromEntries(scopes.map((scope) => [`tiers-${scope.id}`, tierDecisionChart(scope)])),
  search: {
    label: 'Scope',
    groupHeading: 'Scope',
    describe: (scopes, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, scopes.map((scope) => scope.data.intake.owner)) }),
  },
});

export const reviews = pageKind({
  route: '/reviews/',
  menu: { label: 'Reviews due', order: 90 },
  pages: (site) => [site],
  title: () => 'Reviews due',
  sections: (site: SiteModel) =>
    (site.reviewOwners ?? []).map((owner) => ({ id: reviewOwnerAnchor(owner), heading: site.roleById.get(owner)?.data.title ?? owner })),
});
