// Search benchmark: `npm run bench:search [-- --pages 1000 --rebuild]`.
// Builds (or reuses) a synthetic playbook site of N indexed pages with the real site code, then
// reports the Pagefind index size, the time to index, and the median time from the last keystroke
// of a query to results on screen, in the header box and on /search/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, globSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { validContentFiles } from '../test/helpers/content-fixture.ts';
import { fixtureProject, projectRoot } from '../test/helpers/project.ts';
import { serveDirectory } from '../test/helpers/serve.ts';

const args = process.argv.slice(2);
const option = (name: string) => args[args.indexOf(`--${name}`) + 1];
const targetPages = args.includes('--pages') ? Number(option('pages')) : 1000;
const rebuild = args.includes('--rebuild');

/** Twenty queries a reader might type: single terms, phrases and a role name. */
const queries = [
  'risk', 'benefits', 'sponsor', 'tolerance', 'PMO Analyst', 'status report', 'gate', 'escalation', 'budget', 'dependencies',
  'lessons', 'stakeholder', 'baseline', 'charter', 'capacity', 'governance', 'milestone', 'change request', 'assurance', 'forecast',
];

// ---------------------------------------------------------------------------------------------
// Synthetic content: 12 roles, objectives and scope from the test fixture, and playbooks of
// numbered stages whose text is drawn from the words of the example playbook, frequent words more
// often, so that the index and the number of matches per query are realistic.

const roleTitles = [
  'Portfolio Manager', 'Programme Manager', 'Project Manager', 'PMO Analyst', 'Finance Business Partner',
  'Change Manager', 'Communications Lead', 'Resource Manager', 'Risk Manager', 'Benefits Manager',
];
const verbs = ['Agree', 'Prepare', 'Review', 'Baseline', 'Approve', 'Track', 'Escalate', 'Report', 'Close', 'Plan', 'Assure', 'Forecast'];
const objects = [
  'the business case', 'the benefits profile', 'the risk register', 'the stage gate', 'the resource plan', 'the status report',
  'the change request', 'the lessons log', 'the stakeholder map', 'the project charter', 'the budget forecast', 'the dependency log',
  'the milestone plan', 'the assurance review', 'the capacity plan', 'the governance calendar', 'the tolerance table',
];
/** Words of the example content, most frequent first. */
function exampleVocabulary(): string[] {
  const files = [...globSync('playbooks/**/*.mdx', { cwd: projectRoot }), ...globSync('content/**/*.yaml', { cwd: projectRoot })];
  const counts = new Map<string, number>();
  for (const file of files) {
    for (const word of readFileSync(join(projectRoot, file), 'utf8').toLowerCase().match(/[a-z][a-z'-]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}
const vocabulary = exampleVocabulary();

/** Deterministic pseudo-random numbers, so every run builds the same site. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, length: number): string {
  // Cubing skews the picks towards frequent words, roughly as in real text.
  const text = Array.from({ length }, () => vocabulary[Math.floor(next() ** 3 * vocabulary.length)]).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function stageFile(next: () => number, number: number, title: string, roleIds: string[]): string {
  const owner = roleIds[number % roleIds.length];
  const participants = [...new Set([owner, roleIds[(number * 7) % roleIds.length], roleIds[(number * 5 + 3) % roleIds.length]])];
  const paragraphs = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => sentence(next, 10 + Math.floor(next() * 10))).join(' '));
  return `---
stage: ${number}
title: ${title}
summary: ${sentence(next, 14)}
purpose: ${sentence(next, 24)}
owner: ${owner}
lastReviewed: 2026-06-01
reviewBy: 2027-06-01
inputs:
  - ${sentence(next, 8)}
  - ${sentence(next, 8)}
outputs:
  - name: ${objects[number % objects.length].replace('the ', '').replace(/^./, (letter) => letter.toUpperCase())}
    description: ${sentence(next, 16)}
roles:
${participants.map((id) => `  - ${id}`).join('\n')}
checklist:
${[1, 2, 3].map((item) => `  - id: item-${item}\n    text: ${sentence(next, 12)}\n    owner: ${participants[item % participants.length]}\n    evidence: ${sentence(next, 6)}`).join('\n')}
---

## Steps

${paragraphs.slice(0, 3).join('\n\n')}

## Pitfalls

${paragraphs.slice(3).join('\n\n')}
`;
}

/**
 * Content files for a site with `pages` indexed pages: playbooks × (1 overview + stages), 12 role
 * pages, objectives and scope. Playbooks get equal stage counts; the last absorbs the remainder.
 */
function syntheticContent(pages: number): Record<string, string> {
  const files = validContentFiles();
  for (const path of Object.keys(files)) if (path.startsWith('playbooks/')) delete files[path];
  const roleIds = ['sponsor', 'pmo-lead'];
  for (const title of roleTitles) {
    const id = slug(title);
    roleIds.push(id);
    files[`content/roles/${id}.yaml`] = `id: ${id}\ntitle: ${title}\nsummary: The ${title} of the synthetic playbook.\nresponsibilities:\n  - Keeps their part of the playbook current\nreportsTo: pmo-lead\ntimeCommitment: Full-time\n`;
  }
  const playbookPages = pages - roleIds.length - 2;
  const playbookCount = Math.max(1, Math.round(playbookPages / 58));
  const next = random(20261126);
  let remaining = playbookPages;
  for (let playbook = 1; playbook <= playbookCount; playbook++) {
    const stages = playbook === playbookCount ? remaining - 1 : Math.floor(playbookPages / playbookCount) - 1;
    remaining -= stages + 1;
    const id = `playbook-${playbook}`;
    files[`playbooks/${id}/playbook.yaml`] = `title: Synthetic playbook ${playbook}\nsummary: ${sentence(next, 14)}\naudience: Project managers\nowner: ${roleIds[playbook % roleIds.length]}\norder: ${playbook}\n`;
    for (let number = 1; number <= stages; number++) {
      const title = `${verbs[(number + playbook) % verbs.length]} ${objects[(number * 3 + playbook) % objects.length]} ${number}`;
      files[`playbooks/${id}/${slug(title)}.mdx`] = stageFile(next, number, title, roleIds);
    }
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Build or reuse.

/** Changes when the site code or this generator changes, so a reused build is never stale. */
function codeStamp(): string {
  const hash = createHash('sha256').update(String(targetPages)).update(readFileSync(import.meta.filename));
  for (const file of globSync('src/**/*', { cwd: projectRoot }).sort()) {
    const path = join(projectRoot, file);
    if (statSync(path).isFile()) hash.update(file).update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

const cacheDir = join(tmpdir(), `pmo-bench-search-${targetPages}`);
const outDir = join(cacheDir, 'dist');
const stampFile = join(cacheDir, 'stamp');
const buildLog = join(cacheDir, 'build.log');
const stamp = codeStamp();
let buildSeconds: number | undefined;

if (rebuild || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  console.log(`Building a synthetic site with ${targetPages} indexed pages into ${outDir} ...`);
  const started = performance.now();
  // Not test/helpers' buildSite: a thousand MDX files log more than spawnSync can buffer.
  const root = fixtureProject(syntheticContent(targetPages));
  const log = openSync(buildLog, 'w');
  const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: { ...process.env, NO_COLOR: '1' },
  });
  closeSync(log);
  buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`The synthetic site did not build; see ${buildLog}.`);
  writeFileSync(stampFile, stamp);
} else {
  console.log(`Reusing the synthetic site in ${outDir} (--rebuild to build it again).`);
}

// ---------------------------------------------------------------------------------------------
// Index size and indexing time (the same function the build runs; median of three runs).

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const indexRuns: number[] = [];
let fileCount = 0;
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  fileCount = (await writeSearchIndex(outDir)).fileCount;
  indexRuns.push(performance.now() - started);
}

const bundleFiles = globSync('pagefind/**/*', { cwd: outDir }).filter((file) => statSync(join(outDir, file)).isFile());
const size = (files: string[]) => files.reduce((sum, file) => sum + statSync(join(outDir, file)).size, 0);
// Pagefind also writes its own UI bundles; the site never loads them.
const unusedUi = bundleFiles.filter((file) => /pagefind-(component-|modular-)?ui|pagefind-highlight/.test(file));
const indexFiles = bundleFiles.filter((file) => !unusedUi.includes(file));
const indexedPages = globSync('pagefind/fragment/*', { cwd: outDir }).length;

// ---------------------------------------------------------------------------------------------
// Keystroke to rendered results in Chromium, on a loopback server.

/** Types a query's last key and returns ms from that keydown to the first frame after results render. */
async function timeQuery(page: Page, inputSelector: string, query: string): Promise<number> {
  await page.evaluate(
    ({ inputSelector, query }) => {
      const input = document.querySelector<HTMLInputElement>(inputSelector)!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.value = query.slice(0, -1);
      const timing = { keydown: 0, frame: 0 };
      Object.assign(window, { benchTiming: timing });
      document.addEventListener('keydown', () => (timing.keydown = performance.now()), { capture: true, once: true });
      document.addEventListener('site-search:rendered', function rendered(event) {
        if ((event as CustomEvent<{ query: string }>).detail.query !== query) return;
        document.removeEventListener('site-search:rendered', rendered);
        requestAnimationFrame(() => (timing.frame = performance.now()));
      });
    },
    { inputSelector, query },
  );
  await page.keyboard.press(query.slice(-1));
  await page.waitForFunction(() => (window as unknown as { benchTiming: { frame: number } }).benchTiming.frame > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const timing = (window as unknown as { benchTiming: { keydown: number; frame: number } }).benchTiming;
    return timing.frame - timing.keydown;
  });
}

const site = await serveDirectory(outDir);
const browser = await launchChromium();
const results: Record<string, { first: number; median: number; all: number[] }> = {};
let focusBytes = 0;
let firstQueryBytes = 0;
try {
  for (const [label, path, selector] of [
    ['header box', `/playbooks/playbook-1/`, '#site-search-input'],
    ['search page', '/search/', '#search-page-input'],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let lastRequest = performance.now();
    page.on('requestfinished', async (request) => {
      lastRequest = performance.now();
      if (request.url().includes('/pagefind/')) bytes += (await request.sizes()).responseBodySize;
    });
    /** Waits until no request has finished for half a second. */
    const settle = async () => {
      do await new Promise((resolve) => setTimeout(resolve, 100));
      while (performance.now() - lastRequest < 500);
    };
    await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    if (label === 'header box' && bytes > 0) throw new Error('Pagefind was requested on page load.');
    await page.focus(selector);
    await settle();
    const loadBytes = bytes;
    if (label === 'header box') focusBytes = bytes;
    const times: number[] = [];
    for (const query of queries) {
      times.push(await timeQuery(page, selector, query));
      if (times.length === 1 && label === 'header box') {
        await settle();
        firstQueryBytes = bytes - loadBytes;
      }
    }
    results[label] = { first: times[0], median: median(times), all: times };
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

// ---------------------------------------------------------------------------------------------

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`
Search benchmark (${new Date().toISOString().slice(0, 10)}, Pagefind 1.6.0, Chromium headless, loopback server,
  ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}: other work on the machine inflates times)
  HTML files / pages in the index      ${fileCount} / ${indexedPages}
  astro build incl. indexing           ${buildSeconds === undefined ? 'reused (run with --rebuild to time)' : `${buildSeconds.toFixed(1)} s`}
  indexing alone (median of 3)         ${ms(median(indexRuns))}  [${indexRuns.map(ms).join(', ')}]
  index size (files the site uses)     ${kB(size(indexFiles))} in ${indexFiles.length} files
  Pagefind's unused UI bundles         ${kB(size(unusedUi))}
  Pagefind loaded on focus             ${kB(focusBytes)} (script, wasm, metadata; nothing on page load)
  fetched by the first query           ${kB(firstQueryBytes)}
  keystroke -> results, header box     median ${ms(results['header box'].median)}, first ${ms(results['header box'].first)} (${queries.length} queries)
  keystroke -> results, /search/       median ${ms(results['search page'].median)}, first ${ms(results['search page'].first)} (with filter counts)
`);
console.log(JSON.stringify({ pages: indexedPages, buildSeconds, indexMs: median(indexRuns), indexBytes: size(indexFiles), unusedUiBytes: size(unusedUi), focusBytes, firstQueryBytes, keystrokeToResultsMs: Object.fromEntries(Object.entries(results).map(([key, value]) => [key, value.median])) }));
