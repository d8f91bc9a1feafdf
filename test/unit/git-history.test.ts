import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editUrl } from '../../src/lib/editing/edit-link.ts';
import { lastUpdatedByFile, parseGitLog } from '../../src/lib/reviews/git-history.ts';

function commit(repo: string, files: Record<string, string>, isoDateTime: string) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const env = { ...process.env, GIT_AUTHOR_DATE: isoDateTime, GIT_COMMITTER_DATE: isoDateTime };
  execFileSync('git', ['add', '-A'], { cwd: repo, env });
  execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', 'commit', '-q', '-m', 'change'], { cwd: repo, env });
}

describe('last updated dates from git', () => {
  it('maps each file to the date of the newest commit that changed it, in one call', () => {
    const repo = mkdtempSync(join(tmpdir(), 'pmo-git-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    commit(repo, { 'site/content/roles/a.yaml': '1', 'site/content/roles/b.yaml': '1', 'site/src/code.ts': '1' }, '2026-03-01T10:00:00Z');
    commit(repo, { 'site/content/roles/a.yaml': '2', 'site/playbooks/p/s.mdx': '1' }, '2026-05-20T23:30:00Z');
    commit(repo, { 'site/src/code.ts': '2' }, '2026-06-01T09:00:00Z');

    // The project may sit in a sub-folder of the repository: paths come back relative to it.
    const dates = lastUpdatedByFile(join(repo, 'site'), ['content', 'playbooks']);
    expect(Object.fromEntries(dates)).toEqual({
      'content/roles/a.yaml': '2026-05-20',
      'content/roles/b.yaml': '2026-03-01',
      'playbooks/p/s.mdx': '2026-05-20',
    });
  });

  it('returns an empty map outside a git checkout', () => {
    expect(lastUpdatedByFile(mkdtempSync(join(tmpdir(), 'pmo-nogit-')), ['content']).size).toBe(0);
  });

  it('parses the log format it asks for', () => {
    expect(parseGitLog('\u00001780000000\n\na.yaml\nb.yaml\n\u00001700000000\n\na.yaml\nc.yaml\n')).toEqual(
      new Map([
        ['a.yaml', '2026-05-28'],
        ['b.yaml', '2026-05-28'],
        ['c.yaml', '2023-11-14'],
      ]),
    );
  });
});

describe('edit links', () => {
  it('opens the file on the configured branch, in GitHub and GitLab form', () => {
    expect(editUrl({ url: 'https://github.com/northwind/pmo-playbook/', branch: 'main' }, 'playbooks/pmo-setup/define-objectives.mdx')).toBe(
      'https://github.com/northwind/pmo-playbook/edit/main/playbooks/pmo-setup/define-objectives.mdx',
    );
    expect(editUrl({ url: 'https://gitlab.example.com/pmo/playbook.git', branch: 'release/2027' }, 'content/roles/pmo director.yaml')).toBe(
      'https://gitlab.example.com/pmo/playbook/-/edit/release/2027/content/roles/pmo%20director.yaml',
    );
  });
});
