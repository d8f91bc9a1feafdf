import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/project.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

// The expected pages come from the content files as the checker reads them, not from the site code.
const content = validateContent(projectRoot).content;
const outDir = await exampleSiteDir();
let pages: Map<string, string>;

beforeAll(() => {
  pages = builtPages(outDir);
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\s+/g, ' ');
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const words = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' } as const;

describe('governance pages of the example site', () => {
  it('has at least five matrices of 5-10 activities, four forums and an escalation ladder', () => {
    expect(content.raci.length).toBeGreaterThanOrEqual(5);
    for (const matrix of content.raci) expect(matrix.data.activities.length, matrix.id).toBeGreaterThanOrEqual(5);
    for (const matrix of content.raci) expect(matrix.data.activities.length, matrix.id).toBeLessThanOrEqual(10);
    expect(content.forums.length).toBeGreaterThanOrEqual(4);
    expect(content.escalation[0].data.levels.map((level) => level.id)).toEqual(['project-manager', 'project', 'programme', 'portfolio', 'executive']);
  });

  it('builds the overview, the summary and one page per matrix, and links them from the navigation', () => {
    for (const path of ['/governance/', '/governance/raci/', ...content.raci.map((matrix) => `/governance/raci/${matrix.id}/`)]) {
      expect(pages.has(path), path).toBe(true);
    }
    expect(attributeValues(pages.get('/')!, 'a', 'href')).toContain('/governance/');
    expect(attributeValues(pages.get('/roles/')!, 'a', 'href')).toContain('/governance/');
  });

  it('renders each matrix as a captioned table with row and column headers, in a labelled focusable region', () => {
    for (const matrix of content.raci) {
      const html = pages.get(`/governance/raci/${matrix.id}/`)!;
      const captionId = `raci-caption-${matrix.id}`;
      expect(html).toMatch(new RegExp(`<div class="table-scroll raci-scroll" role="region" aria-labelledby="${captionId}" tabindex="0"`));
      expect(html).toMatch(new RegExp(`<caption id="${captionId}">${matrix.data.title}: who is responsible, accountable, consulted and informed</caption>`));
      const roles = new Set(matrix.data.activities.flatMap((activity) => Object.keys(activity.assignments)));
      expect(count(html, '<th scope="col"'), matrix.id).toBe(roles.size + 1);
      expect(count(html, '<th scope="row"'), matrix.id).toBe(matrix.data.activities.length);
      for (const activity of matrix.data.activities) {
        expect(html).toContain(`id="activity-${activity.id}"`);
        expect(text(html)).toContain(activity.name);
      }
      for (const roleId of roles) expect(attributeValues(html, 'a', 'href')).toContain(`/roles/${roleId}/`);
    }
  });

  it('spells every letter out for screen readers and hides the bare letter from them', () => {
    for (const matrix of content.raci) {
      const html = pages.get(`/governance/raci/${matrix.id}/`)!;
      const table = html.slice(html.indexOf('<table class="raci"'));
      const letters = matrix.data.activities.flatMap((activity) => Object.values(activity.assignments));
      for (const letter of ['R', 'A', 'C', 'I'] as const) {
        const expected = letters.filter((candidate) => candidate === letter).length;
        expect(count(table, `aria-hidden="true" data-pagefind-ignore>${letter}</span><span class="visually-hidden">${words[letter]}</span>`), `${matrix.id} ${letter}`).toBe(expected);
      }
      for (const word of Object.values(words)) expect(html.slice(0, html.indexOf('<table'))).toContain(word);
    }
  });

  it('lists on each role page every activity the role takes part in, and the forums it chairs or sits on', () => {
    for (const role of content.roles) {
      const html = pages.get(`/roles/${role.id}/`)!;
      const links = attributeValues(html, 'a', 'href');
      const assigned = content.raci.flatMap((matrix) => matrix.data.activities.filter((activity) => role.id in activity.assignments).map((activity) => ({ matrix, activity })));
      expect(assigned.length, role.id).toBeGreaterThan(0);
      for (const { matrix, activity } of assigned) {
        expect(links, role.id).toContain(`/governance/raci/${matrix.id}/#activity-${activity.id}`);
        const row = html.slice(html.indexOf(`#activity-${activity.id}"`) - 300, html.indexOf(`#activity-${activity.id}"`));
        expect(row, `${role.id} ${activity.id}`).toContain(`<td>${words[activity.assignments[role.id]]}</td>`);
      }
      for (const forum of content.forums) {
        const link = `<a href="/governance/#forum-${forum.id}">${forum.data.title}</a>.`;
        if (forum.data.chair === role.id) expect(html, role.id).toContain(`Chairs the ${link}`);
        else if (forum.data.members.includes(role.id)) expect(html, role.id).toContain(`Sits on the ${link}`);
        else expect(links, role.id).not.toContain(`/governance/#forum-${forum.id}`);
      }
    }
  });

  it('shows on each stage page the matrices and forums that belong to it', () => {
    for (const matrix of content.raci) {
      for (const stageId of matrix.data.stages) expect(attributeValues(pages.get(`/playbooks/${stageId}/`)!, 'a', 'href'), `${stageId} ${matrix.id}`).toContain(`/governance/raci/${matrix.id}/`);
    }
    for (const forum of content.forums) {
      for (const stageId of forum.data.stages) expect(attributeValues(pages.get(`/playbooks/${stageId}/`)!, 'a', 'href'), `${stageId} ${forum.id}`).toContain(`/governance/#forum-${forum.id}`);
    }
    const governed = new Set([...content.raci, ...content.forums].flatMap((entry) => entry.data.stages));
    const ungoverned = content.stages.find((stage) => !governed.has(stage.id))!;
    expect(pages.get(`/playbooks/${ungoverned.id}/`)).not.toContain('id="governance"');
  });

  it('shows every forum, the cadence calendar and the tolerance of every level on the overview', () => {
    const html = pages.get('/governance/')!;
    for (const forum of content.forums) {
      expect(html).toContain(`id="forum-${forum.id}"`);
      expect(text(html)).toContain(forum.data.purpose);
    }
    expect(html).toContain('<caption id="calendar-caption">When each forum meets in a month');
    expect(count(html.slice(html.indexOf('<table class="calendar"')), '<th scope="row">')).toBeGreaterThanOrEqual(content.forums.length);
    for (const level of content.escalation[0].data.levels) expect(html).toContain(`id="level-${level.id}"`);
    const page = text(html);
    // The Northwind tolerances as the governance stage page states them.
    expect(page).toContain('5% of the current stage budget, up to £50,000');
    expect(page).toContain('10% of the total budget, up to £100,000');
    expect(page).toContain('20% of the total budget, up to £500,000');
    expect(page).toContain('Third Wednesday of every month');
  });

  it('answers "who decides?" for each example from the tolerances', () => {
    const page = text(pages.get('/governance/')!);
    const answers: Record<string, string> = {
      'A standalone £600,000 project is forecast to finish £90,000 (15%) over budget.': 'Portfolio board (chair: Portfolio Board Chair)',
      'The same £90,000 overrun on a £600,000 project inside the warehouse automation programme.': 'Programme board (chair: Programme Sponsor)',
      'A depot works stage with a £200,000 budget is forecast £8,000 over and one week late.': 'Project Manager',
      'The handheld scanner supplier delays a shipment, so the delivery stage and the end date both slip three weeks.': 'Project board (chair: Project Sponsor)',
      "Dropping one depot from a £450,000 project's scope would cut its forecast benefits by 8%.": 'Portfolio board (chair: Portfolio Board Chair)',
      'A new risk of losing the transport management system during cut-over is scored 20 on the corporate matrix.': 'Portfolio board (chair: Portfolio Board Chair)',
      'A £1.8m project is forecast to finish £300,000 (17%) over budget, taking it to £2.1m.': 'Executive board portfolio review (chair: Executive Sponsor)',
    };
    expect(content.escalation[0].data.examples.map((example) => example.situation)).toEqual(Object.keys(answers));
    for (const [situation, decider] of Object.entries(answers)) expect(page).toContain(`${situation} Decided by: ${decider}`);
    expect(page).toContain('Beyond the project level: £90,000 is 15% of the £600,000 total budget, more than 10%.');
  });

  it('summarises R and A counts for every role and matrix', () => {
    const html = pages.get('/governance/raci/')!;
    const table = html.slice(html.indexOf('<table class="role-load"'));
    expect(count(table, '<th scope="row">')).toBe(content.roles.length);
    for (const matrix of content.raci) expect(attributeValues(table, 'a', 'href')).toContain(`/governance/raci/${matrix.id}/`);
    // The sponsor's total counts every A and R it holds across the matrices' YAML.
    const letters = content.raci.flatMap((matrix) => matrix.data.activities.map((activity) => activity.assignments['project-sponsor']));
    const accountable = letters.filter((letter) => letter === 'A').length;
    const responsible = letters.filter((letter) => letter === 'R').length;
    expect(accountable).toBeGreaterThan(0);
    const sponsorRow = table.slice(table.indexOf('/roles/project-sponsor/#governance'));
    const total = sponsorRow.slice(0, sponsorRow.indexOf('</tr>'));
    expect(total).toContain(`<span class="visually-hidden">${accountable} accountable, ${responsible} responsible</span>`);
  });
});
