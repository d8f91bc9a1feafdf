// `npm run bench [-- --stages N] [--playbooks P] [--keep]`: builds a synthetic playbook with the
// project's own pipeline and reports how long it took (and in which phase of the build), how much
// memory it used and how heavy the result is. `--compare starlight [--runs R]` also builds the same
// stage bodies with Starlight, alternating with ours, cold and then warm, and prints medians side
// by side, phases included.
// Not part of the tests: it takes minutes. Record results in docs/performance.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../src/lib/validation/format-report.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { builtPages } from '../test/helpers/dist.ts';
import { fixtureProject, projectRoot } from '../test/helpers/project.ts';
import { phaseTable } from './bench/build-phases.ts';
import { compareWithStarlight } from './bench/compare-starlight.ts';
import { type BenchRun, measurements } from './bench/measurements.ts';
import { syntheticProjectFiles } from './bench/synthetic-project.ts';
import { timedBuild } from './bench/timed-build.ts';

const usage = 'Usage: npm run bench -- [--stages N (default 1000)] [--playbooks P (default N/100, at least 2)] [--keep] [--compare starlight [--runs R (default 3)]]';
const { values } = parseArgs({
  options: {
    stages: { type: 'string', default: '1000' },
    playbooks: { type: 'string' },
    keep: { type: 'boolean', default: false },
    compare: { type: 'string' },
    runs: { type: 'string', default: '3' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const stages = Number(values.stages);
const playbooks = Number(values.playbooks ?? Math.max(2, Math.round(stages / 100)));
const roles = 100;
if (!Number.isInteger(stages) || stages < 2 || !Number.isInteger(playbooks) || playbooks < 1 || playbooks > stages) {
  console.error(`Stages must be a whole number of at least 2 and playbooks between 1 and the number of stages.\n${usage}`);
  process.exit(2);
}

const runs = Number(values.runs);
if (values.compare !== undefined && (values.compare !== 'starlight' || !Number.isInteger(runs) || runs < 1)) {
  console.error(`--compare takes "starlight", and --runs a whole number of at least 1.\n${usage}`);
  process.exit(2);
}

console.log(`Generating ${stages} stages in ${playbooks} playbooks with ${roles} roles...`);
const files = syntheticProjectFiles({ stages, playbooks, roles });
const root = fixtureProject(files);
const check = validateContent(root);
if (check.problems.length > 0) {
  console.error(formatReport(check, { colour: false }));
  console.error('The synthetic content does not pass the content checker: update scripts/bench/synthetic-project.ts to the schemas.');
  process.exit(1);
}
console.log(`${check.fileCount} content files pass the content checker.`);

if (values.compare === 'starlight') {
  await compareWithStarlight({ root, files, runs });
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  process.exit(0);
}
console.log('Building...');

const scratch = mkdtempSync(join(tmpdir(), 'pmo-bench-'));
const outDir = join(scratch, 'dist');
const loadBefore = loadavg()[0];
const build = await timedBuild(join(projectRoot, 'node_modules/astro'), root, outDir);
if (build.hungAtExit) {
  console.error(`The build finished but did not exit, and was stopped: its figures would be wrong. Run the benchmark again; the project is kept at ${root}.`);
  process.exit(1);
}
if (build.status !== 0) {
  console.error(build.output.slice(-5000));
  console.error(`The build failed (exit ${build.status}); the project is kept at ${root}.`);
  process.exit(1);
}

if (build.cpuMs === undefined) console.warn('The build process did not report its memory and CPU time; those figures are missing.');
const run: BenchRun = { stages, playbooks, roles, wallMs: build.wallMs, peakRssBytes: build.peakRssBytes, cpuMs: build.cpuMs, outDir, pagePaths: [...builtPages(outDir).keys()] };
const figures = measurements.map((measurement) => ({ ...measurement, value: measurement.measure(run) }));

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  // Other work on the machine stretches wall time; CPU time is the steadier figure then.
  loadAverageBefore: Number(loadBefore.toFixed(1)),
  loadAverageAfter: Number(loadavg()[0].toFixed(1)),
};

const rows = figures.map((figure) => [figure.label, figure.value === undefined ? 'n/a' : figure.value.toFixed(figure.digits), figure.unit]);
const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length), ['Measurement', 'Value', 'Unit'][column].length));
const line = (cells: string[]) => `| ${cells.map((cell, column) => (column === 1 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
console.log(`\n${machine.date}, ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGB} GB memory, Node ${machine.node}, load average ${machine.loadAverageBefore} before and ${machine.loadAverageAfter} after\n`);
console.log([line(['Measurement', 'Value', 'Unit']), `|${widths.map((width, column) => `${'-'.repeat(width + 1)}${column === 1 ? ':' : '-'}`).join('|')}|`, ...rows.map(line)].join('\n'));
if (build.phases) console.log(`\nWhere the wall time went:\n\n${phaseTable([{ label: 'this build', phases: build.phases }])}`);
console.log(`\n${JSON.stringify({ machine, options: { stages, playbooks, roles }, figures: Object.fromEntries(figures.map((figure) => [figure.key, figure.value === undefined ? null : Number(figure.value.toFixed(figure.digits + 1))])) }, null, 2)}`);

if (values.keep) {
  console.log(`\nKept the project at ${root} and the build at ${outDir}.`);
} else {
  rmSync(root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
