import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { buildSite, fixtureProject } from '../helpers/project.ts';

describe('build with broken content', () => {
  // The same fixture unbroken builds, styled like the real site: booklet-pdfs.test.ts builds it.
  it('stops before building anything and reports every problem with file, line, field and fix', () => {
    const files = validContentFiles();
    files['playbooks/setup/second.mdx'] = stageFile(2, 'b').replace('    owner: sponsor', '    owner: sponsr');
    files['content/roles/pmo-lead.yaml'] = files['content/roles/pmo-lead.yaml'].replace('title: PMO Lead\n', '');
    const build = buildSite(fixtureProject(files));

    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Content check failed with 2 error(s), listed above; nothing was built.');
    expect(build.output).toContain('playbooks/setup/second.mdx:19:5  error  checklist.0.owner  Unknown role "sponsr".');
    expect(build.output).toContain('fix: Did you mean "sponsor"?');
    expect(build.output).toMatch(/content\/roles\/pmo-lead\.yaml:1:1 {2}error {2}title {2}This required field is missing\./);
    expect(build.output).toContain('8 content files checked: 2 error(s), 0 warning(s).');
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
    // The report and one closing line, as an editor reads it: nothing that looks like a crash.
    const closing = build.output.split('\n').filter((line) => line.includes('Content check failed'));
    expect(closing).toHaveLength(1);
    expect(build.output.trimEnd().split('\n').at(-1)).toMatch(/Content check failed with 2 error\(s\), listed above; nothing was built\.$/);
    expect(build.output).not.toMatch(/unhandled error|Location:|Stack trace|\n\s+at /i);
  });

  it('in GitHub Actions, writes each problem as an annotation at the start of a line', () => {
    const files = validContentFiles();
    files['content/roles/pmo-lead.yaml'] = files['content/roles/pmo-lead.yaml'].replace('title: PMO Lead\n', '');
    const build = buildSite(fixtureProject(files), undefined, { env: { GITHUB_ACTIONS: 'true' } });
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/^::error file=content\/roles\/pmo-lead\.yaml,line=1,col=1,title=schema\/invalid_type \(title\)::This required field is missing\./m);
  });

  it('stops at text MDX cannot compile with the line, column and fix, not a stack trace from the compiler', () => {
    const files = validContentFiles();
    const stage = stageFile(2, 'b');
    files['playbooks/setup/second.mdx'] = `${stage}\nAvailability must stay <99.9% each month.\n`;
    const line = `${stage}\n`.split('\n').length;
    const build = buildSite(fixtureProject(files));

    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`playbooks/setup/second.mdx:${line}:24  error  body  This is not valid MDX:`);
    expect(build.output).toContain("fix: MDX reads \"<\" as the start of a component. To show the character itself, write &lt; or {'<'}");
    expect(build.output).toContain('Content check failed with 1 error(s), listed above; nothing was built.');
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });
});
