import { describe, expect, it } from 'vitest';
import { readMdxBody } from '../../src/lib/markdown/mdx-body.ts';
import { markdownLinkUrls } from '../../src/lib/markdown/markdown-links.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { fixtureReviewDate, stageFile, validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';

describe('reading an MDX body from its remark tree', () => {
  const text = [
    '## Steps', // 1
    '',
    '### 1. Agree the *mandate* with `the sponsor`', // 3
    '',
    'See [scope](/scope/#scope-intake) and ![map](./map.png "Map").', // 5
    '',
    '```md', // 7
    '[not a link](/nowhere/)',
    '## Not a heading',
    '```',
    '',
    '[ref]: /roles/sponsor/', // 12
    '',
    '<a href="/roles/">Roles</a> <span id="custom-anchor"></span> `[code](/x/)` <a href={"/scope/"}>Scope</a> <a href={base}>x</a>', // 14
    '',
    'Steps', // 16
    '-----',
    '',
    "## Who's **accountable** & [why](/x/) <abbr>PMO</abbr> ![icon](/i.png)", // 19
    '',
    '```mermaid', // 21
    'flowchart LR',
    '  A --> B',
    '```',
  ].join('\n');
  const parsed = parseMdx(text);
  const body = readMdxBody(parsed.tree!);

  it('finds headings with the ids Astro gives them: repeated, setext, and formatted headings', () => {
    expect(parsed.errors).toEqual([]);
    expect(body.headings.map((heading) => [heading.depth, heading.slug, heading.line])).toEqual([
      [2, 'steps', 1],
      [3, '1-agree-the-mandate-with-the-sponsor', 3],
      [2, 'steps-1', 16],
      [2, 'whos-accountable--why-pmo', 19],
    ]);
    expect(body.headings[3].text).toBe("Who's accountable & why PMO");
  });

  it('finds links, images, definitions and JSX string attributes where they start, but nothing inside code', () => {
    expect(body.references.map((reference) => [reference.kind, reference.url, reference.line, reference.column])).toEqual([
      ['link', '/scope/#scope-intake', 5, 5],
      ['image', './map.png', 5, 39],
      ['definition', '/roles/sponsor/', 12, 1],
      ['attribute', '/roles/', 14, 4],
      ['attribute', '/scope/', 14, 79],
      ['link', '/x/', 19, 28],
      ['image', '/i.png', 19, 56],
    ]);
    expect(body.ids).toEqual(['custom-anchor']);
  });

  it('keeps fenced code blocks with their language and first line, and the fence that is a diagram', () => {
    expect(body.fences).toEqual([
      { lang: 'md', text: '[not a link](/nowhere/)\n## Not a heading', line: 8 },
      { lang: 'mermaid', text: 'flowchart LR\n  A --> B', line: 22 },
    ]);
    expect(body.diagrams.map((diagram) => diagram.fence.value)).toEqual(['flowchart LR\n  A --> B']);
  });
});

describe('links in YAML text', () => {
  it('reads Markdown links and images with remark, not inside code spans or escaped brackets', () => {
    expect(markdownLinkUrls('See [the scope](</scope/#scope-intake> "Scope"), ![map](/images/map.png), `[code](/x/)` and \\[not](/y/).')).toEqual([
      '/scope/#scope-intake',
      '/images/map.png',
    ]);
    expect(markdownLinkUrls('No link here: [brackets] (and parentheses).')).toEqual([]);
  });
});

describe('MDX that cannot compile', () => {
  it('reports every syntax error at its line and column, with advice for a bare "<" or "{"', () => {
    const result = parseMdx(['Uptime must stay <99.9% of the month.', '', 'Budget {approved later', ''].join('\n'));
    expect(result.tree).toBeUndefined();
    expect(result.errors.map((error) => [error.line, error.column])).toEqual([
      [1, 18],
      [3, 23],
    ]);
    expect(result.errors[0].hint).toContain("&lt; or {'<'}");
    expect(result.errors[1].hint).toContain("{'{'}");
  });

  it('names the opening tag of an element that is never closed', () => {
    const result = parseMdx(['Intro.', '', '<Diagram caption="Gates">', '', 'text'].join('\n'));
    expect(result.errors.map((error) => [error.line, error.column])).toEqual([[3, 1]]);
    expect(result.errors[0].hint).toContain('</Component>');
  });

  it('fails the content check with the file, line, column and fix, and keeps checking the rest of the stage', () => {
    const result = checkBody('Availability target: <99.9% per month, see [scope](/scope/#nowhere).');
    expect(found(result)).toEqual([
      '27:22 mdx/syntax This is not valid MDX: Unexpected character `9` (U+0039) before name, expected a character that can start a name, such as a letter, `$`, or `_`.',
    ]);
    expect(result.problems[0]).toMatchObject({ file: 'playbooks/setup/first.mdx', field: 'body', severity: 'error' });
    expect(result.problems[0].hint).toContain('&lt;99.9%');
    expect(result.errorCount).toBe(1);
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
      '27:1 link/page No page at /roles/sponsr/ (linked as "/roles/sponsr/").',
      '27:28 link/trailing-slash "/scope" needs a slash at the end of the address.',
      '27:51 link/source-file "./second.mdx#item-second-item" links to a source file; readers need the page address.',
      '28:1 link/anchor The page /scope/ has no section "#thresholds".',
      '28:39 link/anchor The page /playbooks/setup/first/ has no section "#nowhere".',
      '28:60 link/file File not found: public/downloads/plan.xlsx (linked as "/downloads/plan.xlsx").',
      '29:1 link/image Image not found: playbooks/setup/images/gantt.png.',
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
      '27:4 warning link/html-root',
      '27:48 warning link/html-root',
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
