import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowPageInlineStyles } from '../lib/security/inline-styles.ts';

/**
 * After the build, adds to each page's Content Security Policy the hashes of the inline styles
 * that page holds (mermaid's SVG <style> and style="" attributes). Runs before the booklet PDFs
 * are printed, so the printed pages are styled under the same policy as the published ones.
 */
export function inlineStylePolicy(): AstroIntegration {
  return {
    name: 'pmo-playbook:inline-style-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let changed = 0;
        for (const file of globSync('**/*.html', { cwd: outDir }).sort()) {
          const path = join(outDir, file);
          const html = readFileSync(path, 'utf8');
          const allowed = allowPageInlineStyles(html);
          if (allowed === html) continue;
          writeFileSync(path, allowed);
          changed++;
        }
        logger.info(`Inline diagram styles allowed by hash on ${changed} page(s).`);
      },
    },
  };
}
