import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { generateCorpus } from '../helpers/corpus.ts';
import { fixtureReviewDate, writeContentFiles } from '../helpers/content-fixture.ts';

describe('generated benchmark corpus', () => {
  it('is valid content of the size asked for, with links, anchors and diagrams the checker follows', () => {
    const files = generateCorpus({ stages: 45, stagesPerPlaybook: 20, roles: 6 });
    const result = validateContent(writeContentFiles(files), { today: fixtureReviewDate });
    expect(result.problems).toEqual([]);
    expect(result.content.stages).toHaveLength(45);
    expect(result.content.playbooks.map((playbook) => playbook.id)).toEqual(['playbook-0001', 'playbook-0002', 'playbook-0003']);
    expect(result.content.stages.filter((stage) => stage.id.startsWith('playbook-0003/'))).toHaveLength(5);
    expect(result.content.roles).toHaveLength(6);
    expect(files['playbooks/playbook-0001/stage-0002.mdx']).toContain('](../stage-0001/#checklist)');
    expect(files['playbooks/playbook-0001/stage-0002.mdx']).toContain('```mermaid');
  });
});
