import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastCommitSeconds } from '../../src/lib/dates/source-date.ts';
import { buildSiteWarm, exampleBuildEnv, projectRoot, type BuildResult } from '../helpers/project.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

/** Every file of a build with the SHA-256 of its bytes, by path. */
function fileHashes(outDir: string): Map<string, string> {
  const files = globSync('**/*', { cwd: outDir, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path.slice(outDir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }));
}

// The example is built once by the global setup; building it once more gives the pair.
const first = await exampleSiteDir();

describe('two builds of one commit', () => {
  let second: BuildResult;
  beforeAll(async () => {
    second = await buildSiteWarm(projectRoot, undefined, { env: exampleBuildEnv });
  });

  it('write the same files, byte for byte', () => {
    expect(second.status, second.output).toBe(0);
    const [a, b] = [fileHashes(first), fileHashes(second.outDir)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    // The kinds of file that once carried the time of the build are all there to compare.
    for (const kind of ['.xlsx', '.ics', '.pdf']) expect([...a.keys()].some((path) => path.endsWith(kind)), kind).toBe(true);
    const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('stamp workbooks, calendars and PDFs with the last commit, not the time of the build', async () => {
    const committed = new Date(lastCommitSeconds(projectRoot)! * 1000);
    const iso = committed.toISOString().replace(/\.000Z$/, 'Z');
    const workbook = globSync('downloads/*.xlsx', { cwd: first }).sort()[0];
    const zip = await JSZip.loadAsync(readFileSync(join(first, workbook)));
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>`);
    // Zip entries keep local DOS time to two seconds; JSZip reads it back as UTC.
    for (const entry of Object.values(zip.files)) expect(Math.abs(entry.date.getTime() - committed.getTime()), entry.name).toBeLessThan(2000);

    const calendar = readFileSync(join(first, globSync('downloads/*.ics', { cwd: first })[0]), 'utf8');
    expect(calendar).toContain(`\r\nDTSTAMP:${iso.replace(/[-:]/g, '')}\r\n`);

    const pdf = readFileSync(join(first, globSync('playbooks/*/*.pdf', { cwd: first }).sort()[0])).toString('latin1');
    const pdfDate = `D:${iso.replace(/\D/g, '').slice(0, 14)}+00'00'`;
    expect(pdf).toContain(`/CreationDate (${pdfDate})`);
    expect(pdf).toContain(`/ModDate (${pdfDate})`);
  });
});
