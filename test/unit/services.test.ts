import { describe, expect, it } from 'vitest';
import { orderServices } from '../../src/lib/services/service-pages.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { serviceSchema } from '../../src/schemas/index.ts';
import { writeContentFiles } from '../helpers/content-fixture.ts';
import { validPlanningFiles } from '../helpers/planning-fixture.ts';

const SERVICE = 'content/services/reporting.yaml';
const service = `id: reporting
name: Portfolio reporting
description: One monthly view of the portfolio.
order: 1
basis: mandatory
audience:
  - board
owner: pmo-lead
serviceLevels:
  - commitment: Pack issued on working day 10.
    metric: register-coverage
objectives:
  - visibility
`;
const check = (text: string, extra: Record<string, string> = {}) => validateContent(writeContentFiles({ ...validPlanningFiles(), [SERVICE]: text, ...extra })).problems;
const edit = (from: string, to: string) => check(service.replace(from, to));

describe('service catalogue rules', () => {
  it('accepts a service whose references resolve', () => {
    expect(check(service)).toEqual([]);
  });

  it('reports unknown stakeholders, objectives, KPIs and owners, with the likely id', () => {
    expect(edit('  - board\n', '  - bord\n').find((problem) => problem.rule === 'reference/stakeholder')).toMatchObject({ file: SERVICE, field: 'audience.0', hint: 'Did you mean "board"?' });
    expect(edit('  - visibility\n', '  - visability\n').find((problem) => problem.rule === 'reference/objective')).toMatchObject({ field: 'objectives.0' });
    expect(edit('metric: register-coverage', 'metric: register-cover').find((problem) => problem.rule === 'reference/metric')).toMatchObject({ field: 'serviceLevels.0.metric' });
    expect(edit('owner: pmo-lead', 'owner: pmo-led').find((problem) => problem.rule === 'reference/role')).toMatchObject({ field: 'owner' });
  });

  it('warns about an objective that no service serves', () => {
    const objective = 'id: second\ntitle: Second\nstatement: s\nproblem: p\nstrategicGoal: g\nbenefits:\n  - b\nmeasures:\n  - name: m\n    baseline: "1"\n    target: "2"\n    by: 2027-01-29\nowner: pmo-lead\npriority: 2\nreview:\n  owner: pmo-lead\n  lastReviewed: 2026-11-02\n  reviewEveryMonths: 12\n';
    const [problem] = check(service, { 'content/objectives/second.yaml': objective }).filter((entry) => entry.rule === 'service/objective-unserved');
    expect(problem).toMatchObject({ severity: 'warning', file: 'content/objectives/second.yaml', message: 'No PMO service serves the objective "Second".' });
  });

  it('refuses a basis outside the two the catalogue knows', () => {
    expect(edit('basis: mandatory', 'basis: sometimes')[0]).toMatchObject({ file: SERVICE, field: 'basis' });
  });

  it('lists services in catalogue order', () => {
    const entry = (id: string, order: number) => ({ id, data: serviceSchema.parse({ id, name: id, description: 'd', order, basis: 'on-request', audience: ['a'], owner: 'o', serviceLevels: [{ commitment: 'c' }], objectives: ['x'] }) });
    expect(orderServices([entry('b', 2), entry('a', 1)]).map((item) => item.id)).toEqual(['a', 'b']);
  });
});
