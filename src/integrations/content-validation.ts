import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../lib/validation/format-report.ts';
import { validateContent } from '../lib/validation/validate-content.ts';

/**
 * Runs the content checker before Astro loads any collection. Astro's own checks stop at
 * the first bad file and let a dangling reference through, so a build must not rely on them.
 */
export function contentValidation(): AstroIntegration {
  return {
    name: 'pmo-playbook:content-validation',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const result = validateContent(fileURLToPath(config.root));
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
    },
  };
}
