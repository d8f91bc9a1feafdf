import { describe, expect, it } from 'vitest';
import { headingText, scanBody } from '../../src/lib/validation/markdown-scan.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { fixtureReviewDate, stageFile, validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';

describe('reading a Markdown body', () => {
  const body = [
    '## Steps', //                                   line 10
    '',
    '### 1. Agree the *mandate* with `the sponsor`',
    'See [scope](/scope/#scope-intake) and ![map](./map.png "Map").',
    '```md',
    '[not a link](/nowhere/)',
    '## Not a heading',
    '```',
    '[ref]: /roles/sponsor/',
    '<a href="/roles/">Roles</a> <span id="custom-anchor"></span> `[code](/x/)`',
    'Steps',
    '-----',
    '```mermaid',
    'flowchart LR',
    '  A --> B',
    '```',
  ].join('\n');
  const scan = scanBody(body, 10);

  it('finds headings with the ids Astro gives them, including repeated and setext headings', () => {
    expect(scan.headings.map((heading) => [heading.depth, heading.slug, heading.line])).toEqual([
      [2, 'steps', 10],
      [3, '1-agree-the-mandate-with-the-sponsor', 12],
      [2, 'steps-1', 20],
    ]);
    expect(headingText("Who's **accountable** & [why](/x/) <abbr>PMO</abbr>")).toBe("Who's accountable & why PMO");
  });

  it('finds links, images, definitions and JSX attributes with positions, but nothing inside code', () => {
    expect(scan.references.map((reference) => [reference.kind, reference.url, reference.line, reference.column])).toEqual([
      ['link', '/scope/#scope-intake', 13, 13],
      ['image', './map.png', 13, 46],
      ['definition', '/roles/sponsor/', 18, 8],
      ['attribute', '/roles/', 19, 10],
    ]);
    expect(scan.ids).toEqual(['custom-anchor']);
  });

  it('keeps fenced code blocks with their language and first line, for rules such as diagram syntax', () => {
    expect(scan.fences).toEqual([
      { lang: 'md', text: '[not a link](/nowhere/)\n## Not a heading', line: 15 },
      { lang: 'mermaid', text: 'flowchart LR\n  A --> B', line: 23 },
    ]);
  });
});

/** The valid fixture with a body added to the first stage; the body starts on line 27. */
function checkBody(body: string, extraFiles: Record<string, string> = {}) {
  const files = { ...validContentFiles(), ...extraFiles };
  files['playbooks/setup/first.mdx'] = `${stageFile(1, 'first-item')}\n${body}\n`;
  return validateContent(writeContentFiles(files), { today: fixtureReviewDate });
}

const found = (result: ReturnType<typeof checkBody>) =>
  result.problems.map((problem) => `${problem.position?.line}:${problem.position?.column} ${problem.rule} ${problem.message}`);

describe('links, anchors, images and downloads', () => {
  it('accepts links that resolve: pages, sections, relative links, downloads, images and external sites', () => {
    const result = checkBody(
      [
        '## Who decides',
        'See [the next stage](../second/#item-second-item), [this section](#who-decides), [scope](/scope/#scope-thresholds),',
        '[a role](/roles/sponsor/#responsibilities), [objectives](/objectives/#visibility-benefits), [home](/),',
        '[the template](/downloads/charter.docx), ![diagram](./diagram.svg), [guide](https://www.example.com/a.pdf), [mail](mailto:pmo@example.com).',
      ].join('\n'),
      { 'public/downloads/charter.docx': 'x', 'playbooks/setup/diagram.svg': '<svg/>' },
    );
    expect(result.problems).toEqual([]);
  });

  it('reports each broken link with line, column, rule and a suggestion', () => {
    const result = checkBody(
      [
        '[typo](/roles/sponsr/) and [no slash](/scope) and [source](./second.mdx#item-second-item)',
        '[bad section](/scope/#thresholds) and [here](#nowhere) and [missing](/downloads/plan.xlsx)',
        '![missing image](./images/gantt.png)',
      ].join('\n'),
    );
    expect(found(result)).toEqual([
      '27:8 link/page No page at /roles/sponsr/ (linked as "/roles/sponsr/").',
      '27:39 link/trailing-slash "/scope" needs a slash at the end of the address.',
      '27:60 link/source-file "./second.mdx#item-second-item" links to a source file; readers need the page address.',
      '28:15 link/anchor The page /scope/ has no section "#thresholds".',
      '28:46 link/anchor The page /playbooks/setup/first/ has no section "#nowhere".',
      '28:70 link/file File not found: public/downloads/plan.xlsx (linked as "/downloads/plan.xlsx").',
      '29:18 link/image Image not found: playbooks/setup/images/gantt.png.',
    ]);
    const hints = result.problems.map((problem) => problem.hint);
    expect(hints[0]).toBe('Did you mean /roles/sponsor/?');
    expect(hints[1]).toContain('Write /scope/');
    expect(hints[2]).toBe('Write /playbooks/setup/second/#item-second-item instead.');
    expect(hints[3]).toContain('Did you mean #scope-thresholds?');
    expect(result.problems.every((problem) => problem.file === 'playbooks/setup/first.mdx' && problem.field === 'body')).toBe(true);
  });

  it('warns that a root link written as HTML misses the base path of a project-page deploy', () => {
    const result = checkBody('<a href="/roles/sponsor/">Sponsor</a> and <img src="/favicon.svg" alt="Logo" />', { 'public/favicon.svg': '<svg/>' });
    expect(result.problems.map((problem) => `${problem.position?.line}:${problem.position?.column} ${problem.severity} ${problem.rule}`)).toEqual([
      '27:10 warning link/html-root',
      '27:53 warning link/html-root',
    ]);
    expect(result.problems[0].hint).toBe('Write it in Markdown instead: [text](/roles/sponsor/) or ![description](/roles/sponsor/).');
  });

  it('checks links written in YAML text at the line of their field', () => {
    const files = validContentFiles();
    const result = validateContent(
      writeContentFiles({
        ...files,
        'content/roles/sponsor.yaml': files['content/roles/sponsor.yaml'].replace('  - Secures funding', '  - Secures funding as set out in [the scope](/scope/#scope-intak)'),
        'content/scope/scope.yaml': files['content/scope/scope.yaml'].replace('route: The intake form', 'route: /intake/form/'),
      }),
      { today: fixtureReviewDate },
    );
    expect(result.problems.map((problem) => `${problem.file}:${problem.position?.line} ${problem.field} ${problem.rule}`)).toEqual([
      'content/roles/sponsor.yaml:5 responsibilities.0 link/anchor',
      'content/scope/scope.yaml:14 intake.route link/page',
    ]);
  });
});
