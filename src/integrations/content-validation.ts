import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionSources } from '../schemas/collections.ts';
import { formatReport } from '../lib/validation/format-report.ts';
import { crashText, devOverlayError, type DevOverlayError, failureLine, githubAnnotation, inGitHubActions } from '../lib/validation/report-output.ts';
import { refreshSnapshot, refreshSnapshotReadingAhead } from '../lib/validation/content-snapshot.ts';
import type { ValidationResult } from '../lib/validation/validate-content.ts';

/**
 * Runs the content checker before Astro loads any collection. Astro's own checks stop at
 * the first bad file and let a dangling reference through, so a build must not rely on them.
 * The checked content is kept as the build's snapshot, which the diagrams integration, the
 * collections and the pages read instead of checking the files again.
 */
export function contentValidation(): AstroIntegration {
  let root = process.cwd();
  // The content check's own folder in Astro's cache (see refreshSnapshot).
  let cacheDir: string | undefined;
  // The content errors of `npm run dev`, shown in the browser's error overlay until fixed.
  let overlayError: DevOverlayError | undefined;
  return {
    name: 'pmo-playbook:content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(fileURLToPath(config.cacheDir), 'content-check');
        const result = await checkOrExit(root, cacheDir, logger);
        if (result.errorCount === 0) {
          if (result.warningCount > 0) logger.warn(`\n${formatReport(result)}`);
          return;
        }
        const report = formatReport(result);
        if (command === 'dev') {
          overlayError = devOverlayError(result, report, root);
          logger.error(`\n${report}\nFix the content above; the dev server keeps running.`);
          return;
        }
        if (inGitHubActions(process.env)) for (const problem of result.problems) process.stdout.write(`${githubAnnotation(problem)}\n`);
        logger.error(`\n${report}`);
        logger.error(failureLine(result, 'build'));
        // Exit here rather than throw: Astro would wrap the error in "An unhandled error occurred"
        // and a stack trace, which reads as a broken tool to an editor who only mistyped a field.
        process.exit(1);
      },
      // In `npm run dev`, check again on every save of a content file, so editors see problems as they work.
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let lastReport = '';
        // Every page that connects (a first visit, a reload) sees the errors, not only the first one.
        server.ws.on('connection', () => {
          if (overlayError) server.ws.send({ type: 'error', err: overlayError });
        });
        server.watcher.on('all', (_event, path) => {
          if (!isContentFile(root, path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { result } = refreshSnapshot(root, { cacheDir });
            const report = formatReport(result);
            if (report === lastReport) return;
            lastReport = report;
            const hadErrors = overlayError !== undefined;
            overlayError = result.errorCount > 0 ? devOverlayError(result, report, root) : undefined;
            if (overlayError) server.ws.send({ type: 'error', err: overlayError });
            else if (hadErrors) server.ws.send({ type: 'full-reload' });
            if (result.errorCount > 0) logger.error(`\n${report}`);
            else if (result.warningCount > 0) logger.warn(`\n${report}`);
            else logger.info(report);
          }, 200);
        });
      },
    },
  };
}

/** Runs the checker; a crash of the checker itself is one line, or a stack trace with DEBUG=1. */
async function checkOrExit(root: string, cacheDir: string, logger: AstroIntegrationLogger): Promise<ValidationResult> {
  try {
    return (await refreshSnapshotReadingAhead(root, { cacheDir })).result;
  } catch (error) {
    logger.error(crashText(error, process.env));
    process.exit(2);
  }
}

/** Whether a changed file belongs to a content collection (YAML data or an MDX stage). */
function isContentFile(root: string, path: string): boolean {
  const relativePath = relative(root, path).split(sep).join('/');
  return /\.(ya?ml|mdx)$/.test(relativePath) && Object.values(collectionSources).some((source) => relativePath.startsWith(`${source.base}/`));
}
