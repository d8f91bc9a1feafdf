// `npm run bench -- --compare starlight`: our build and Starlight's on the same generated bodies,
// alternating so that load on the machine falls on both alike. Each run builds each site cold
// (no build caches) and then again warm (caches from the cold build, nothing changed), and the
// table gives the median of the runs for each.
import { globSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../test/helpers/project.ts';
import { median } from '../../test/quality/page-weight.ts';
import { medianPhases, phaseTable } from './build-phases.ts';
import { ensureStarlight, starlightProject, starlightVersion } from './starlight-project.ts';
import { type TimedBuild, timedBuild } from './timed-build.ts';

interface SiteUnderTest {
  name: string;
  root: string;
  astroPackage: string;
  /** Build caches a cold build starts without. */
  caches: string[];
}

interface Measured extends TimedBuild {
  htmlPages: number;
}

async function measuredBuild(site: SiteUnderTest, cold: boolean, attempt = 1): Promise<Measured> {
  if (cold) for (const cache of site.caches) rmSync(cache, { recursive: true, force: true });
  const outDir = mkdtempSync(join(tmpdir(), `pmo-bench-${site.name.toLowerCase()}-`));
  const build = await timedBuild(site.astroPackage, site.root, outDir);
  if (build.hungAtExit && attempt === 1) {
    console.warn(`${site.name}'s ${cold ? 'cold' : 'warm'} build finished but did not exit, and was stopped; building it again.`);
    rmSync(outDir, { recursive: true, force: true });
    return measuredBuild(site, cold, attempt + 1);
  }
  if (build.status !== 0) {
    console.error(build.output.slice(-5000));
    throw new Error(`${site.name}'s build failed (exit ${build.status}); its project is at ${site.root}.`);
  }
  const htmlPages = globSync('**/*.html', { cwd: outDir }).length;
  rmSync(outDir, { recursive: true, force: true });
  return { ...build, htmlPages };
}

const figure = (values: (number | undefined)[], scale: number) => {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === values.length ? median(known) / scale : undefined;
};

export async function compareWithStarlight({ root, files, runs }: { root: string; files: Record<string, string>; runs: number }): Promise<void> {
  const install = ensureStarlight();
  const starlightRoot = starlightProject(files, install);
  const sites: SiteUnderTest[] = [
    { name: 'pmo-playbook', root, astroPackage: join(projectRoot, 'node_modules/astro'), caches: [join(root, '.astro')] },
    { name: 'Starlight', root: starlightRoot, astroPackage: join(install, 'node_modules/astro'), caches: [join(starlightRoot, '.astro'), join(install, 'node_modules/.astro')] },
  ];
  const results = new Map(sites.map((site) => [site.name, { cold: [] as Measured[], warm: [] as Measured[] }]));
  const loadBefore = loadavg()[0];
  for (let run = 1; run <= runs; run++) {
    // Alternate which site goes first, so neither always builds on a warmer machine.
    const order = run % 2 === 1 ? sites : [...sites].reverse();
    for (const site of order) {
      for (const cold of [true, false]) {
        const measured = await measuredBuild(site, cold);
        results.get(site.name)![cold ? 'cold' : 'warm'].push(measured);
        console.log(`run ${run}/${runs} ${site.name} ${cold ? 'cold' : 'warm'}: ${(measured.wallMs / 1000).toFixed(1)} s wall, ${((measured.cpuMs ?? 0) / 1000).toFixed(1)} s CPU, ${Math.round((measured.peakRssBytes ?? 0) / 1024 ** 2)} MiB, ${measured.htmlPages} HTML pages`);
      }
    }
  }

  const rows: string[][] = [];
  for (const kind of ['cold', 'warm'] as const) {
    const ours = results.get('pmo-playbook')![kind];
    const theirs = results.get('Starlight')![kind];
    const columns = [
      ['wall (s)', ours.map((m) => m.wallMs), theirs.map((m) => m.wallMs), 1000],
      ['CPU (s)', ours.map((m) => m.cpuMs), theirs.map((m) => m.cpuMs), 1000],
      ['peak memory (MiB)', ours.map((m) => m.peakRssBytes), theirs.map((m) => m.peakRssBytes), 1024 ** 2],
    ] as const;
    for (const [label, a, b, scale] of columns) {
      const mine = figure([...a], scale);
      const other = figure([...b], scale);
      rows.push([`${kind} ${label}`, mine?.toFixed(1) ?? 'n/a', other?.toFixed(1) ?? 'n/a', mine !== undefined && other ? (mine / other).toFixed(2) : 'n/a']);
    }
  }
  const pages = (name: string) => results.get(name)!.cold[0].htmlPages;
  console.log(`\nMedians of ${runs} alternating run(s); load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after.`);
  console.log(`pmo-playbook builds ${pages('pmo-playbook')} HTML pages (stages, checklist sheets, booklets and their PDFs, roles, reference pages, search index);`);
  console.log(`Starlight ${starlightVersion} builds ${pages('Starlight')} (one docs page per stage body, its Pagefind search). Peak memory is the build process's own; CPU includes the children it waited for.\n`);
  console.log('| measure | pmo-playbook | Starlight | ratio |');
  console.log('|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  printPhases(results);
  rmSync(starlightRoot, { recursive: true, force: true });
}

/** Where each site's wall time went, cold and warm: medians of each phase over the runs. */
function printPhases(results: Map<string, { cold: Measured[]; warm: Measured[] }>): void {
  const columns = [...results].flatMap(([name, kinds]) =>
    (['cold', 'warm'] as const).map((kind) => ({ label: `${name} ${kind}`, builds: kinds[kind].map((build) => build.phases) })),
  );
  if (columns.some((column) => column.builds.some((phases) => phases === undefined))) {
    console.log('\nA build log lacked one of Astro\'s milestones, so the wall time is not split into phases.');
    return;
  }
  console.log('\nWhere the wall time went (median of each phase over the runs, and its share of their sum):\n');
  console.log(phaseTable(columns.map(({ label, builds }) => ({ label, phases: medianPhases(builds.map((phases) => phases!)) }))));
}
