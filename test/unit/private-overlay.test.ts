import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { mergeOverlay } from '../../src/lib/validation/private-overlay.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { snapshotLoader } from '../../src/integrations/snapshot-loader.ts';
import { validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';

const publicStakeholder = `id: unions
name: Employee representatives
description: The recognised unions.
owner: pmo-lead
sensitive: true
`;
const assessment = `assessment:
  interest: 0.3
  power: 0.4
  current: neutral
  desired: supportive
  concerns: Privately worried that time recording will be used to rate individuals.
`;

/** The valid fixture plus one sensitive stakeholder, and an overlay folder with the given files. */
function project(publicText = publicStakeholder, overlay: Record<string, string> = { 'content/stakeholders/unions.yaml': `id: unions\n${assessment}` }) {
  const root = writeContentFiles({ ...validContentFiles(), 'content/stakeholders/unions.yaml': publicText });
  const overlayDir = writeContentFiles(overlay);
  return { root, overlayDir, check: (env: Record<string, string> = { PRIVATE_CONTENT_DIR: overlayDir }) => validateContent(root, { env }) };
}

describe('the private overlay in the content check', () => {
  it('is merged by id over the public entry, so the check sees the assessment', () => {
    const { check, overlayDir } = project();
    const result = check();
    expect(result.problems).toEqual([]);
    const [unions] = result.content.stakeholders;
    expect(unions.data.assessment?.concerns).toContain('Privately worried');
    expect(unions.overlay).toEqual({ file: join(overlayDir, 'content/stakeholders/unions.yaml'), keys: ['assessment'] });
  });

  it('is optional: without it a sensitive stakeholder is valid with its name only', () => {
    const result = project().check({});
    expect(result.problems).toEqual([]);
    expect(result.content.stakeholders[0].data.assessment).toBeUndefined();
  });

  it('warns when a sensitive assessment is written in content/ instead', () => {
    const result = project(`${publicStakeholder}${assessment}`, {}).check({});
    expect(result.errorCount).toBe(0);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'content/stakeholders/unions.yaml', field: 'assessment', position: { line: 6, column: 1 }, rule: 'private/sensitive-in-repository' }),
    ]);
  });

  it('reports a mistake in an overlay file at its own file and line', () => {
    const { check, overlayDir } = project(publicStakeholder, { 'content/stakeholders/unions.yaml': `id: unions\n${assessment.replace('power: 0.4', 'power: 4')}` });
    expect(check().problems).toEqual([
      expect.objectContaining({ file: join(overlayDir, 'content/stakeholders/unions.yaml'), field: 'assessment.power', position: { line: 4, column: 3 }, rule: 'schema/too_big' }),
    ]);
  });

  it('reports an overlay file with no public entry, and an overlay folder that does not exist', () => {
    const orphan = project(publicStakeholder, { 'content/stakeholders/unoins.yaml': `id: unoins\n${assessment}` });
    expect(orphan.check().problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'private/no-public-entry', file: join(orphan.overlayDir, 'content/stakeholders/unoins.yaml') })]);
    const missing = project().check({ PRIVATE_CONTENT_DIR: 'no-such-folder' });
    expect(missing.problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'private/overlay-folder', file: 'no-such-folder' })]);
  });

  it('still requires the assessment of a stakeholder that is not sensitive', () => {
    const result = project(publicStakeholder.replace('sensitive: true\n', ''), {}).check({});
    expect(result.problems).toEqual([expect.objectContaining({ file: 'content/stakeholders/unions.yaml', field: 'assessment', rule: 'schema/custom' })]);
  });
});

describe('merging an overlay entry', () => {
  it('replaces whole top-level fields and keeps the public id', () => {
    expect(mergeOverlay({ id: 'a', name: 'A', assessment: { power: 1 } }, { id: 'b', assessment: { interest: 0 } })).toEqual({
      data: { id: 'a', name: 'A', assessment: { interest: 0 } },
      privateKeys: ['assessment'],
    });
  });
});

describe('the collections with the overlay', () => {
  it('hold each entry with the overlay laid over it, as the content check passed it', async () => {
    const { root, overlayDir } = project();
    const stored = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
    const context = {
      config: { root: new URL(`file://${root}/`) },
      store: { clear: () => stored.clear(), set: (entry: { id: string; data: Record<string, unknown> }) => void stored.set(entry.id, entry) },
    } as unknown as LoaderContext;
    const previous = process.env.PRIVATE_CONTENT_DIR;
    process.env.PRIVATE_CONTENT_DIR = overlayDir;
    try {
      await snapshotLoader('stakeholders').load(context);
    } finally {
      if (previous === undefined) delete process.env.PRIVATE_CONTENT_DIR;
      else process.env.PRIVATE_CONTENT_DIR = previous;
    }
    const entry = stored.get('unions')!;
    expect(entry.filePath).toBe('content/stakeholders/unions.yaml');
    expect(entry.data).toMatchObject({ id: 'unions', name: 'Employee representatives', sensitive: true });
    expect((entry.data.assessment as { concerns: string }).concerns).toContain('Privately worried');
  });
});
