import { describe, expect, it } from 'vitest';
import { buildPlanningModel } from '../../src/lib/plans/planning-model.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { writeContentFiles } from '../helpers/content-fixture.ts';
import { planningOverlayFiles, validPlanningFiles } from '../helpers/planning-fixture.ts';

const files = validPlanningFiles();
files['content/plans/setup-plan.yaml'] = files['content/plans/setup-plan.yaml'].replace('  - metric: register-coverage\n', '  - metric: register-coverage\n    target: 90\n    targetDate: 2027-03-31\n');
// With the private overlay, so the sensitive assessment is in the input and must still stay out of the model.
const checked = validateContent(writeContentFiles(files), { env: { PRIVATE_CONTENT_DIR: writeContentFiles(planningOverlayFiles()) } });
const content = checked.content;
const model = buildPlanningModel({ ...content, currency: 'GBP' });

describe('planning model', () => {
  it('works out each plan once: schedule, budget and success metrics with the plan own values first', () => {
    const [plan] = model.plans;
    expect(plan.schedule).toMatchObject({ start: '2026-10-01', end: '2026-10-30' });
    expect(plan.budget.total).toEqual({ base: 110000, contingency: 2000, total: 112000 });
    expect(plan.metrics.map(({ metric, baseline, target, targetDate }) => ({ id: metric.id, baseline, target, targetDate }))).toEqual([
      { id: 'register-coverage', baseline: 40, target: 90, targetDate: '2027-03-31' },
    ]);
  });

  it('indexes plans and comms by the stages they name, and objectives by their KPIs', () => {
    expect([...model.plansByStage.keys()]).toEqual(['setup/first']);
    expect(model.commsByStage.get('setup/second')!.map((entry) => entry.id)).toEqual(['board-update']);
    expect(model.objectivesByMetric.size).toBe(0);
  });

  it('groups comms by audience and frequency, and lays out twelve months from the first date', () => {
    expect(model.commsByAudience.map(({ stakeholder, entries }) => [stakeholder.id, entries.map((entry) => entry.id)])).toEqual([['board', ['board-update']]]);
    expect(model.commsByFrequency.map(({ frequency }) => frequency)).toEqual(['monthly']);
    expect(model.commsMonths).toHaveLength(12);
    expect(model.commsMonths[0]).toMatchObject({ month: '2026-10', items: [{ dates: ['2026-10-14'] }] });
  });

  it('holds stakeholders only in their published form', () => {
    expect(checked.problems).toEqual([]);
    expect(content.stakeholders.find((stakeholder) => stakeholder.id === 'staff')!.data.assessment?.concerns).toBe('Rarely read email.');
    const staff = model.stakeholderById.get('staff')!;
    expect(staff.assessment).toBeUndefined();
    expect(JSON.stringify(model.stakeholders)).not.toContain('Rarely read email');
    expect(model.stakeholderById.get('board')!.assessment?.quadrant).toBe('manage-closely');
  });
});
