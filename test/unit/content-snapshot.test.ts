import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSnapshot, refreshSnapshot } from '../../src/lib/validation/content-snapshot.ts';
import { validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';

describe('content snapshot', () => {
  it('checks the content once and hands every reader the same snapshot while the files are unchanged', () => {
    const root = writeContentFiles(validContentFiles());
    const first = refreshSnapshot(root);
    expect(first.result.errorCount).toBe(0);
    expect(first.result.content.roles.map((role) => role.id).sort()).toEqual(['pmo-lead', 'sponsor']);
    expect(refreshSnapshot(root)).toBe(first);
    expect(contentSnapshot(`${root}/`)).toBe(first);
  });

  it('takes a new snapshot when a file changes', () => {
    const root = writeContentFiles(validContentFiles());
    const before = refreshSnapshot(root);
    writeFileSync(join(root, 'content/roles/sponsor.yaml'), validContentFiles()['content/roles/sponsor.yaml'].replace('title: Sponsor', 'title: Executive sponsor'));
    const after = refreshSnapshot(root);
    expect(after).not.toBe(before);
    expect(after.result.content.roles.find((role) => role.id === 'sponsor')!.data.title).toBe('Executive sponsor');
    expect(contentSnapshot(root)).toBe(after);
  });

  it('is immutable: no reader can change an entry the others see', () => {
    const snapshot = refreshSnapshot(writeContentFiles(validContentFiles()));
    const role = snapshot.result.content.roles[0];
    expect(() => {
      (role.data as { title: string }).title = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      (role.data.responsibilities as string[]).push('More');
    }).toThrow(TypeError);
    expect(Object.isFrozen(snapshot)).toBe(true);
  });
});
