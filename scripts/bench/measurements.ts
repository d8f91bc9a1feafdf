import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { median, transferredWeight } from '../../test/quality/page-weight.ts';

/** What one benchmark build produced, for the measurements to read. */
export interface BenchRun {
  stages: number;
  playbooks: number;
  roles: number;
  /** Wall-clock time of the whole build command, content check included. */
  wallMs: number;
  /** Peak resident memory of the build process, when the probe could report it. */
  peakRssBytes?: number;
  /** User plus system CPU time of the build process, when the probe could report it. */
  cpuMs?: number;
  outDir: string;
  /** Site paths of the HTML pages in outDir ("/", "/roles/x/", "/404.html"). */
  pagePaths: string[];
}

/** One figure of the benchmark: a row of the table and a key of the JSON. */
export interface Measurement {
  key: string;
  label: string;
  unit: string;
  /** Decimal places to print in the table. */
  digits: number;
  measure(run: BenchRun): number | undefined;
}

const pageFile = (outDir: string, path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path);

const bytesOnDisk = (outDir: string) => globSync('**/*', { cwd: outDir }).reduce((sum, file) => sum + (statSync(join(outDir, file)).isFile() ? statSync(join(outDir, file)).size : 0), 0);

const pageWeights = (run: BenchRun) =>
  run.pagePaths.map((path) => transferredWeight(readFileSync(pageFile(run.outDir, path), 'utf8'), path, (asset) => readFileSync(join(run.outDir, asset))));

/**
 * The figures the benchmark reports, in table order. Later features add theirs here, one
 * entry each: for example the search index (size of dist/pagefind, indexing time) and
 * diagrams (count, rendering time), with `measure` returning undefined when absent.
 */
export const measurements: Measurement[] = [
  { key: 'stagePages', label: 'Stage pages', unit: 'pages', digits: 0, measure: (run) => run.stages },
  { key: 'htmlPages', label: 'HTML pages built', unit: 'pages', digits: 0, measure: (run) => run.pagePaths.length },
  { key: 'wallTime', label: 'Wall time', unit: 's', digits: 1, measure: (run) => run.wallMs / 1000 },
  { key: 'timePerPage', label: 'Time per page', unit: 'ms', digits: 1, measure: (run) => run.wallMs / run.pagePaths.length },
  { key: 'cpuTime', label: 'CPU time of the build', unit: 's', digits: 1, measure: (run) => (run.cpuMs === undefined ? undefined : run.cpuMs / 1000) },
  { key: 'peakRss', label: 'Peak memory (RSS) of the build', unit: 'MB', digits: 0, measure: (run) => (run.peakRssBytes === undefined ? undefined : run.peakRssBytes / 1024 ** 2) },
  { key: 'distSize', label: 'dist/ size', unit: 'MB', digits: 1, measure: (run) => bytesOnDisk(run.outDir) / 1024 ** 2 },
  { key: 'medianPageWeight', label: 'Median page weight (HTML+CSS+JS, gzipped)', unit: 'KB', digits: 1, measure: (run) => median(pageWeights(run)) / 1024 },
];
