import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeSchedule } from '../../src/lib/plans/schedule.ts';
import { pageReviews } from '../../src/lib/reviews/page-reviews.ts';
import { reviewedContent } from '../../src/lib/validation/rules-review.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { engagementLevels, months } from '../../src/schemas/index.ts';
import { projectRoot } from '../helpers/project.ts';

// The example is the product's best argument, so it must tell one story. The content rules
// catch most contradictions for any organization; these checks hold the example's prose to
// its own typed data where no general rule can read the prose.
/**
 * The example is a PMO as it stood on one day: the latest its content names, a page's review or
 * the end of a status report's period. It is checked as of that day, so that the calendar moving
 * on (an action falling due, a review coming round) does not fail the tests; an editor who dates
 * the example later brings its story up to that day.
 */
function exampleDay(): string {
  const { content: dated } = validateContent(projectRoot);
  const days = [...pageReviews(reviewedContent(dated)).map((review) => review.lastReviewed), ...dated.statusReports.map((report) => report.data.periodEnd)];
  return days.sort().at(-1)!;
}
const result = validateContent(projectRoot, { today: exampleDay() });
const { content } = result;
const body = (stageId: string) => readFileSync(join(projectRoot, 'playbooks', `${stageId}.mdx`), 'utf8');
const plan = (id: string) => content.plans.find((entry) => entry.id === id)!.data;
const scheduled = (planId: string, taskId: string) => {
  const { timeline, holidays } = plan(planId);
  return computeSchedule(timeline, holidays).tasks.find((task) => task.id === taskId)!;
};
/** "29 October 2027" -> "2027-10-29". */
const isoFromProse = (text: string) => {
  const [day, month, year] = text.split(' ');
  return `${year}-${String(months.indexOf(month.toLowerCase() as (typeof months)[number]) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
};
const tableRow = (markdown: string, firstCell: string) => {
  const line = markdown.split('\n').find((row) => row.startsWith(`| ${firstCell} |`));
  if (!line) throw new Error(`No table row "${firstCell}"`);
  return line.split('|').slice(1, -1).map((cell) => cell.trim());
};

describe('the example content', () => {
  it('passes every content rule without errors or warnings', () => {
    expect(result.problems.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([]);
  });

  it('(#1) defines Red once, from the sponsor tolerance in escalation.yaml', () => {
    const sponsor = content.escalation[0].data.levels.find((level) => level.id === 'project')!;
    const shortfall = sponsor.tolerances.scope?.benefitsShortfallPercent;
    const [, green, amber, red] = tableRow(body('pmo-setup/implement-and-monitor'), 'Benefits');
    expect(green).toBe('Forecast benefits at or above the business case');
    expect(amber).toContain(`up to ${shortfall}% below`);
    expect(red).toContain(`more than ${shortfall}% below, beyond the sponsor's tolerance`);
    expect(body('project-lifecycle/deliver')).toContain("- **Red**: forecast beyond the sponsor's tolerances");
    expect(body('pmo-setup/implement-and-monitor')).toContain("red is beyond the sponsor's tolerances");
  });

  it('(#5) announces one status report only once the reporting pilot starts', () => {
    const reminder = content.comms.find((entry) => entry.id === 'status-report-reminder')!.data;
    expect(reminder.first >= scheduled('pmo-implementation', 'pilot').start).toBe(true);
  });

  it('(#6) narrates work after its review date as planned, not done', () => {
    const pastTense = /\b(went|closed|presented|chose|piloted|joined|reached|came through|was set|showed|moved|were reporting)\b/;
    for (const stage of content.stages) {
      // Tables hold targets and forecasts; the narration is in the prose lines.
      const section = body(stage.id).split('## Worked example')[1]?.split('\n## ')[0] ?? '';
      const example = section.split('\n').filter((line) => !line.startsWith('|')).join('\n');
      const reviewedYear = Number(stage.data.lastReviewed.slice(0, 4));
      for (const sentence of example.split(/(?<=\.)\s/)) {
        const years = [...sentence.matchAll(/\b(20\d\d)\b/g)].map((match) => Number(match[1]));
        if (years.some((year) => year > reviewedYear)) expect(sentence, stage.id).not.toMatch(pastTense);
      }
    }
  });

  it('(#7) gives the scanner baseline date the project plan gives, on a working day', () => {
    const [, baseline] = tableRow(body('project-lifecycle/close'), 'Last depot live');
    const milestone = scheduled('project-plan-template', 'last-depot-live');
    expect(isoFromProse(baseline)).toBe(milestone.end);
    expect(new Date(`${milestone.end}T00:00:00Z`).getUTCDay()).not.toBe(0);
    expect(new Date(`${milestone.end}T00:00:00Z`).getUTCDay()).not.toBe(6);
  });

  it('(#10) has an approver for in-scope work under the budget threshold', () => {
    const activities = content.raci.flatMap((matrix) => matrix.data.activities);
    const tierThree = activities.find((activity) => activity.id === 'approve-tier-3');
    expect(tierThree?.keyDecision).toBe(true);
    expect(Object.values(tierThree!.assignments)).toContain('A');
  });

  it('(#11) has the project manager do the logging of a change the deliver stage gives them', () => {
    const log = content.raci.find((matrix) => matrix.id === 'change-control')!.data.activities.find((activity) => activity.id === 'log-and-assess')!;
    expect(log.assignments['project-manager']).toBe('R');
    expect(body('project-lifecycle/deliver')).toContain('The project manager logs every request');
  });

  it('(#12) scores stakeholders on the scale and count of the typed register', () => {
    const page = body('pmo-setup/engage-stakeholders');
    expect(page).toContain(`register has ${content.stakeholders.length})`);
    expect(page).not.toMatch(/minus (one|two)|plus two/);
    for (const group of ['Depot general managers', 'Project managers', 'Finance business partners', 'Operational staff']) {
      const [, , now, needed] = tableRow(page, group);
      const levels: readonly string[] = engagementLevels;
      expect(levels).toContain(now.toLowerCase());
      expect(levels).toContain(needed.toLowerCase());
    }
  });

  it('(#9) renders the decision RACI from the matrices, not a hand-written table', () => {
    const page = body('pmo-setup/establish-governance');
    expect(page).toContain('<DecisionRaci />');
    expect(page).not.toContain('| Decision | Executive sponsor |');
  });
});
