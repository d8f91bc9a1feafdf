import { buildGlossary, glossaryLetterId } from '../../glossary/glossary.ts';
import { orderServices } from '../../services/service-pages.ts';
import type { Entry } from '../../playbook/playbook-model.ts';
import type { Gate, GlossaryTerm, PrioritisationModel, Scope, Service } from '../../../schemas/index.ts';
import { pageKind } from '../page-kind.ts';
import { roleTitles, stageFacets } from '../search-facets.ts';

/**
 * One page gathering the entries. It is built even while there are none (its file under
 * src/pages/ has no params to leave out), but search indexes it only once it has some.
 */
// A reference page exists only when its collection has entries (optional content gets no page).
const onePage = <T>(entries: T[]): T[][] => (entries.length > 0 ? [entries] : []);
const hasEntries = (entries: unknown[]) => entries.length > 0;
const byName = <T>(entries: Entry<T>[], name: (data: T) => string) => [...entries].sort((a, b) => name(a.data).localeCompare(name(b.data)));

/** Issue #19: the kinds of content a proposal meets from intake to closure. */

export const glossary = pageKind({
  route: '/glossary/',
  menu: { label: 'Glossary', order: 85 },
  pages: (site) => onePage(site.content.glossary),
  title: () => 'Glossary',
  sections: (terms: Entry<GlossaryTerm>[]) => [
    { id: 'terms', heading: 'Terms' },
    ...buildGlossary(terms).groups.map((group) => ({ id: glossaryLetterId(group.letter), heading: group.letter, depth: 3 as const, toc: true })),
  ],
  anchors: (terms) => terms.map((term) => `term-${term.id}`),
  search: { label: 'Glossary', groupHeading: 'Glossary', indexed: hasEntries, describe: () => ({ playbooks: [], stages: [], roles: [] }) },
});

export const gates = pageKind({
  route: '/governance/gates/',
  menu: { label: 'Stage gates', order: 45 },
  pages: (site) => onePage([...site.content.gates].sort((a, b) => a.data.stage.split('/')[0].localeCompare(b.data.stage.split('/')[0]) || a.data.number - b.data.number)),
  title: () => 'Stage gates',
  sections: (gates: Entry<Gate>[], site) => [
    { id: 'who-decides', heading: 'Who decides each gate' },
    ...[...new Set(gates.map((gate) => gate.data.raci))].map((id) => ({ id: `gate-raci-${id}`, heading: site.governance.matrixById.get(id)?.data.title ?? id, depth: 3 as const })),
    { id: 'gates', heading: 'The gates' },
    ...gates.map((gate) => ({ id: `gate-${gate.id}`, heading: `Gate ${gate.data.number}: ${gate.data.name}`, depth: 3 as const, toc: true })),
  ],
  anchors: (gates, site) =>
    [...new Set(gates.map((gate) => gate.data.raci))].flatMap((id) => {
      const matrix = site.governance.matrixById.get(id);
      return matrix ? [`raci-caption-${id}`, ...matrix.data.activities.map((activity) => `activity-${activity.id}`)] : [];
    }),
  search: {
    label: 'Stage gates',
    groupHeading: 'Stage gates',
    indexed: hasEntries,
    describe: (gates, site) => ({
      ...stageFacets(site, gates.map((gate) => gate.data.stage)),
      roles: roleTitles(site, [...new Set(gates.map((gate) => gate.data.raci))].flatMap((id) => site.governance.matrixById.get(id)?.data.activities.flatMap((activity) => Object.keys(activity.assignments)) ?? [])),
    }),
  },
});

export const prioritisation = pageKind({
  route: '/prioritisation/',
  menu: { label: 'Prioritisation', order: 25 },
  pages: (site) => onePage(byName(site.content.prioritisation, (model) => model.title)),
  title: () => 'Prioritisation',
  sections: (models: Entry<PrioritisationModel>[]) =>
    models.flatMap((model) => [
      { id: model.id, heading: model.data.title },
      { id: `${model.id}-criteria`, heading: 'Criteria and scales', depth: 3 as const, toc: true },
      { id: `${model.id}-worked-example`, heading: 'Worked example', depth: 3 as const, toc: true },
      { id: `${model.id}-worksheet`, heading: 'Scoring worksheet', depth: 3 as const, toc: true },
    ]),
  anchors: (models) => models.flatMap((model) => model.data.criteria.map((criterion) => `${model.id}-${criterion.id}`)),
  search: {
    label: 'Prioritisation',
    groupHeading: 'Prioritisation model',
    indexed: hasEntries,
    describe: (models, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, models.map((model) => model.data.owner)) }),
  },
});

export const services = pageKind({
  route: '/services/',
  menu: { label: 'PMO services', order: 22 },
  pages: (site) => onePage(orderServices(site.content.services)),
  title: () => 'PMO services',
  sections: (services: Entry<Service>[]) => [
    { id: 'catalogue', heading: 'The catalogue at a glance' },
    { id: 'services', heading: 'Services' },
    ...services.map((service) => ({ id: service.id, heading: service.data.name, depth: 3 as const, toc: true })),
  ],
  search: {
    label: 'PMO services',
    groupHeading: 'PMO service catalogue',
    indexed: hasEntries,
    describe: (services, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, services.map((service) => service.data.owner)) }),
  },
});

export const intakeForm = pageKind({
  route: '/scope/[scope]/intake-form/',
  pages: (site) => site.scopes.filter((scope) => scope.data.intakeForm),
  params: (scope: Entry<Scope>) => ({ scope: scope.id }),
  title: (scope) => scope.data.intakeForm?.title ?? 'Intake form',
  sections: (scope) => [
    { id: 'good-request', heading: 'What a good request contains' },
    ...(scope.data.intakeForm?.sections ?? []).map((section, index) => ({ id: `section-${index + 1}`, heading: section.heading, depth: 3 as const, toc: true })),
    { id: 'what-happens-next', heading: 'What happens next' },
  ],
  anchors: (scope) => (scope.data.intakeForm?.sections ?? []).flatMap((section) => section.fields.map((field) => `field-${field.id}`)),
  search: {
    label: 'Intake form',
    groupHeading: 'Intake request form',
    describe: (scope, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, [scope.data.intake.owner]) }),
  },
});

export const intakeFormPrint = pageKind({
  route: '/scope/[scope]/intake-form/print/',
  pages: (site) => site.scopes.filter((scope) => scope.data.intakeForm),
  params: (scope: Entry<Scope>) => ({ scope: scope.id }),
  tableOfContents: false,
  title: (scope) => `${scope.data.intakeForm?.title ?? 'Intake form'}: printable form`,
  anchors: () => ['intake-form-sheet'],
});
