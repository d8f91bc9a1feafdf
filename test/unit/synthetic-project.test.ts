import { describe, expect, it } from 'vitest';
import { syntheticProjectFiles } from '../../scripts/bench/synthetic-project.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { writeContentFiles } from '../helpers/content-fixture.ts';

describe('the benchmark\'s synthetic playbook', () => {
  const files = syntheticProjectFiles({ stages: 23, playbooks: 3, roles: 100 });
  const stagePaths = Object.keys(files).filter((path) => path.endsWith('.mdx'));

  it('passes the content checker without a single problem', () => {
    const result = validateContent(writeContentFiles(files));
    expect(result.problems.map((problem) => `${problem.file}:${problem.position?.line} ${problem.message}`)).toEqual([]);
    expect(result.content.stages).toHaveLength(23);
    expect(result.content.roles).toHaveLength(100);
    expect(result.content.playbooks).toHaveLength(3);
  });

  it('spreads the stages evenly over the playbooks', () => {
    const perPlaybook = new Map<string, number>();
    for (const path of stagePaths) perPlaybook.set(path.split('/')[1], (perPlaybook.get(path.split('/')[1]) ?? 0) + 1);
    expect([...perPlaybook.values()].sort()).toEqual([7, 8, 8]);
  });

  it('writes bodies with headings, lists, tables and checklists, the same for the same seed', () => {
    for (const path of stagePaths) {
      const body = files[path].split('\n---\n')[1];
      expect(body, path).toMatch(/^## Steps$/m);
      expect(body, path).toMatch(/^### 1\. /m);
      expect(body, path).toMatch(/^- \*\*/m);
      expect(body, path).toMatch(/^\| --- \| --- \| --- \| --- \|$/m);
      expect(body, path).toMatch(/^- \[ \] /m);
    }
    expect(syntheticProjectFiles({ stages: 23, playbooks: 3, roles: 100 })).toEqual(files);
    expect(stagePaths.filter((path) => files[path].includes("[the previous stage's checklist](../"))).toHaveLength(20);
    expect(stagePaths.some((path) => files[path].includes('```mermaid'))).toBe(false);
    expect(syntheticProjectFiles({ stages: 23, playbooks: 3, roles: 100, seed: 2 })).not.toEqual(files);
  });

  it('draws a decision flow in every stage when asked, still without a problem for the checker', () => {
    const withDiagrams = syntheticProjectFiles({ stages: 6, playbooks: 2, roles: 20, diagrams: true });
    const mdx = Object.keys(withDiagrams).filter((path) => path.endsWith('.mdx'));
    expect(mdx.every((path) => withDiagrams[path].includes('```mermaid\nflowchart LR'))).toBe(true);
    expect(validateContent(writeContentFiles(withDiagrams)).problems).toEqual([]);
  });
});
