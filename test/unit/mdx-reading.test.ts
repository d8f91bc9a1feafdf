import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedMdxReader, mdxReadingsFile, readMdx } from '../../src/lib/markdown/mdx-reading.ts';
import { readMdxInWorkers } from '../../src/lib/markdown/mdx-reading-workers.ts';
import { readMdxAhead } from '../../src/lib/validation/content-snapshot.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { fixtureReviewDate, stageFile, validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';

const page = [
  '---',
  'title: Charter',
  '---',
  '## Who signs',
  '',
  'See [the scope](/scope/#in-scope) and <Term id="sponsor">the sponsor</Term>.',
  '',
  '<Diagram caption="Flow" weight={10n} />',
].join('\n');
const broken = ['---', 'title: Broken', '---', 'Uptime <99.9% is a breach.'].join('\n');

let folder: string | undefined;
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});
const readingsFile = () => join((folder = mkdtempSync(join(tmpdir(), 'pmo-mdx-readings-'))), 'check', 'mdx-readings.json');

describe('readMdx', () => {
  it('reads the body the checker needs, with file lines', () => {
    const { body, syntaxErrors } = readMdx(page);
    expect(syntaxErrors).toEqual([]);
    expect(body?.headings).toEqual([{ depth: 2, text: 'Who signs', slug: 'who-signs', line: 4 }]);
    expect(body?.references.map(({ url, line }) => [url, line])).toEqual([['/scope/#in-scope', 6]]);
    expect(body?.terms).toEqual([{ id: 'sponsor', line: 6, column: page.split('\n')[5].indexOf('<Term') + 1 }]);
    expect(body?.diagramMisuses.map(({ node }) => node.position?.start.line)).toEqual([8]);
  });

  it('gives the syntax errors of a file that is not valid MDX, and no body', () => {
    const { body, syntaxErrors } = readMdx(broken);
    expect(body).toBeUndefined();
    expect(syntaxErrors.map(({ line }) => line)).toEqual([4]);
  });
});

describe('cachedMdxReader', () => {
  it('reads a page again only when its text or the reading code changed', () => {
    const file = readingsFile();
    const first = cachedMdxReader(file, 'v1');
    const readings = [page, broken].map(first.read);
    expect(first.counts).toEqual({ parsed: 2, reused: 0 });
    // The BigInt in the diagram's attribute has no JSON form and must not stop the save.
    first.save();

    const second = cachedMdxReader(file, 'v1');
    const reused = [page, broken].map(second.read);
    expect(second.counts).toEqual({ parsed: 0, reused: 2 });
    expect(reused.map((reading) => ({ ...reading, body: reading.body && { ...reading.body, diagramMisuses: reading.body.diagramMisuses.map(({ problem }) => problem) } }))).toEqual(
      readings.map((reading) => ({ ...reading, body: reading.body && { ...reading.body, diagramMisuses: reading.body.diagramMisuses.map(({ problem }) => problem) } })),
    );
    expect(reused[0].body?.diagramMisuses[0].node.position?.start).toEqual(readings[0].body?.diagramMisuses[0].node.position?.start);

    const changed = cachedMdxReader(file, 'v1');
    changed.read(page.replace('Who signs', 'Who approves'));
    expect(changed.counts).toEqual({ parsed: 1, reused: 0 });

    const newCode = cachedMdxReader(file, 'v2');
    newCode.read(page);
    expect(newCode.counts).toEqual({ parsed: 1, reused: 0 });
  });

  it('keeps only the pages of the last run, so deleted pages do not pile up', () => {
    const file = readingsFile();
    const first = cachedMdxReader(file, 'v1');
    first.read(page);
    first.read(broken);
    first.save();
    const second = cachedMdxReader(file, 'v1');
    second.read(page);
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).readings)).toHaveLength(1);
  });

  it('reads every page when the readings file is damaged', () => {
    const file = readingsFile();
    const first = cachedMdxReader(file, 'v1');
    first.read(page);
    first.save();
    writeFileSync(file, '{"version":"v1","readi');
    const second = cachedMdxReader(file, 'v1');
    second.read(page);
    expect(second.counts).toEqual({ parsed: 1, reused: 0 });
  });
});

describe('reading ahead on every core', () => {
  const texts = [page, broken, page.replace('Who signs', 'Who approves'), stageFile(1, 'first-item')];

  it('gives in worker threads, in order, the readings the calling thread gives', async () => {
    expect(await readMdxInWorkers(texts, { threshold: 1, workers: 2 })).toEqual(texts.map(readMdx));
  });

  it('reads on the calling thread when there are fewer pages than the threshold', async () => {
    expect(await readMdxInWorkers(texts, { threshold: 10, workers: 2 })).toEqual(texts.map(readMdx));
  });

  it('hands only the pages without a kept reading to the reader, and keeps what it read for read and save', async () => {
    const file = readingsFile();
    const first = cachedMdxReader(file, 'v1');
    first.read(page);
    first.save();
    const second = cachedMdxReader(file, 'v1');
    const handed: string[][] = [];
    expect(await second.readAhead([page, broken, broken], async (missing) => (handed.push(missing), missing.map(readMdx)))).toBe(1);
    expect(handed).toEqual([[broken]]);
    second.save();
    const third = cachedMdxReader(file, 'v1');
    [page, broken].forEach(third.read);
    expect(third.counts).toEqual({ parsed: 0, reused: 2 });
  });

  it('stores a reading of every page of a project, from which the content check finds what parsing finds', async () => {
    const files = validContentFiles();
    files['playbooks/setup/first.mdx'] = `${stageFile(1, 'first-item')}\n[here](#nowhere)\n`;
    const root = writeContentFiles(files);
    const cacheDir = join((folder = mkdtempSync(join(tmpdir(), 'pmo-mdx-readings-'))), 'content-check');
    const pages = Object.keys(files).filter((path) => path.endsWith('.mdx'));
    expect(await readMdxAhead(root, { cacheDir })).toBe(pages.length);
    expect(Object.keys(JSON.parse(readFileSync(mdxReadingsFile(cacheDir), 'utf8')).readings)).toHaveLength(pages.length);
    expect(await readMdxAhead(root, { cacheDir })).toBe(0);
    const fromReadings = validateContent(root, { today: fixtureReviewDate, cacheDir });
    expect(fromReadings.problems.map((problem) => problem.rule)).toEqual(['link/anchor']);
    expect(fromReadings.problems).toEqual(validateContent(root, { today: fixtureReviewDate }).problems);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('the content check with kept readings', () => {
  it('reports the same problems from kept readings as from parsing, and sees an edited page', () => {
    const files = validContentFiles();
    files['playbooks/setup/first.mdx'] = `${stageFile(1, 'first-item')}\n## Who decides\n\n[typo](/roles/sponsr/) and [here](#nowhere)\n`;
    const root = writeContentFiles(files);
    const cacheDir = join((folder = mkdtempSync(join(tmpdir(), 'pmo-mdx-readings-'))), 'content-check');
    const summary = (result: ReturnType<typeof validateContent>) => result.problems.map((problem) => `${problem.file}:${problem.position?.line}:${problem.position?.column} ${problem.rule}`);
    const parsed = validateContent(root, { today: fixtureReviewDate, cacheDir });
    expect(summary(parsed)).toEqual(['playbooks/setup/first.mdx:29:1 link/page', 'playbooks/setup/first.mdx:29:28 link/anchor']);
    expect(summary(validateContent(root, { today: fixtureReviewDate, cacheDir }))).toEqual(summary(parsed));
    expect(validateContent(root, { today: fixtureReviewDate, cacheDir }).problems).toEqual(parsed.problems);

    writeFileSync(join(root, 'playbooks/setup/first.mdx'), files['playbooks/setup/first.mdx'].replace('#nowhere', '#who-decides'));
    expect(summary(validateContent(root, { today: fixtureReviewDate, cacheDir }))).toEqual(['playbooks/setup/first.mdx:29:1 link/page']);
    rmSync(root, { recursive: true, force: true });
  });
});
