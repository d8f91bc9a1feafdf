import type { AstroIntegration } from 'astro';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionSources } from '../schemas/collections.ts';
import { formatReport } from '../lib/validation/format-report.ts';
import { refreshSnapshot } from '../lib/validation/content-snapshot.ts';

/**
 * Runs the content checker before Astro loads any collection. Astro's own checks stop at
 * the first bad file and let a dangling reference through, so a build must not rely on them.
 * The checked content is kept as the build's snapshot, which the diagrams integration, the
 * collections and the pages read instead of checking the files again.
 */
export function contentValidation(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pmo-playbook:content-validation',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const { result } = refreshSnapshot(root);
        if (result.errorCount === 0) {
          if (result.warningCount > 0) logger.warn(`\n${formatReport(result)}`);
          return;
        }
        const report = formatReport(result);
        if (command === 'dev') {
          logger.error(`\n${report}\nFix the content above; the dev server keeps running.`);
          return;
        }
        logger.error(`\n${report}`);
        throw new Error(`Content check failed with ${result.errorCount} error(s), listed above; nothing was built.`);
      },
      // In `npm run dev`, check again on every save of a content file, so editors see problems as they work.
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let lastReport = '';
        server.watcher.on('all', (_event, path) => {
          if (!isContentFile(root, path)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const { result } = refreshSnapshot(root);
            const report = formatReport(result);
            if (report === lastReport) return;
            lastReport = report;
            if (result.errorCount > 0) logger.error(`\n${report}`);
            else if (result.warningCount > 0) logger.warn(`\n${report}`);
            else logger.info(report);
          }, 200);
        });
      },
    },
  };
}

/** Whether a changed file belongs to a content collection (YAML data or an MDX stage). */
function isContentFile(root: string, path: string): boolean {
  const relativePath = relative(root, path).split(sep).join('/');
  return /\.(ya?ml|mdx)$/.test(relativePath) && Object.values(collectionSources).some((source) => relativePath.startsWith(`${source.base}/`));
}
