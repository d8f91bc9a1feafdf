import { describe, expect, it } from 'vitest';
import { searchCatalogue, searchDataFor } from '../../src/lib/pages/catalogue.ts';
import { buildSiteModel } from '../../src/lib/pages/site-model.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { writeContentFiles } from '../helpers/content-fixture.ts';
import { validPlanningFiles } from '../helpers/planning-fixture.ts';

const content = validateContent(writeContentFiles(validPlanningFiles())).content;
const site = buildSiteModel(content);

describe('search data of plan, KPI, stakeholder and comms pages', () => {
  it('files a plan under its stages, playbook and the roles it names', () => {
    expect(searchDataFor('plan', content.plans[0], site)).toEqual({
      type: 'Plan template',
      path: '/plans/setup-plan/',
      title: 'PMO set-up plan',
      playbooks: ['Set up the PMO'],
      stages: ['Set up the PMO › 1. Stage 1'],
      roles: ['PMO Lead', 'Sponsor'],
    });
  });

  it('files the gathering pages under their owners, and the comms plan under its stages', () => {
    expect(searchDataFor('metrics', content.metrics, site)).toMatchObject({ path: '/metrics/', roles: ['PMO Lead'] });
    expect(searchDataFor('stakeholders', site.planning.stakeholders, site)).toMatchObject({ path: '/stakeholders/', roles: ['Sponsor', 'PMO Lead'] });
    expect(searchDataFor('comms', content.comms, site)).toMatchObject({ path: '/comms/', stages: ['Set up the PMO › 2. Stage 2'], roles: ['PMO Lead'] });
  });

  it('lists a gathering page only when it has entries', () => {
    const empty = { ...site, planning: { plans: [], metrics: [], stakeholders: [], comms: [] } };
    const pagesOfKind = (groups: ReturnType<typeof searchCatalogue>, kind: string) => groups.find((group) => group.kind === kind)?.pages ?? [];
    for (const kind of ['plan', 'metrics', 'stakeholders', 'comms']) {
      expect(pagesOfKind(searchCatalogue(site), kind), kind).toHaveLength(1);
      expect(pagesOfKind(searchCatalogue(empty), kind), kind).toEqual([]);
    }
  });
});
