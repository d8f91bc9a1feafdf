import type { AstroIntegration } from 'astro';

/**
 * Work that an integration starts in `astro:build:done` and that must finish before the build
 * does. Astro runs each integration's hook after the previous one's; starting the booklet PDFs
 * and the search index as jobs lets Chromium and Pagefind (both separate processes) run at the
 * same time, and `buildJobs()`, listed last, waits for all of them.
 */
const pending: { name: string; outcome: Promise<unknown> }[] = [];

/** Starts a job now; its failure is reported when `buildJobs()` collects it, and fails the build. */
export function startBuildJob(name: string, run: () => Promise<unknown>): void {
  // Settled at once into a value, so a job that fails before it is collected is not an unhandled rejection.
  const outcome = run().then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  pending.push({ name, outcome });
}

/** Waits for every started job at the end of the build and fails it if any job failed. */
export function buildJobs(): AstroIntegration {
  return {
    name: 'pmo-playbook:build-jobs',
    hooks: {
      'astro:build:done': async () => {
        const jobs = pending.splice(0);
        const outcomes = await Promise.all(jobs.map((job) => job.outcome));
        const failures = outcomes.flatMap((outcome, position) => (outcome instanceof Error ? [`${jobs[position].name}: ${outcome.message}`] : []));
        if (failures.length > 0) throw new Error(failures.join('\n'));
      },
    },
  };
}
