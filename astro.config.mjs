// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { bookletPdf } from './src/integrations/booklet-pdf.ts';
import { contentPresence } from './src/integrations/content-presence.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { diagrams } from './src/integrations/diagrams/index.ts';
import { markdownBaseLinks } from './src/integrations/markdown-base-links.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// SITE_URL and BASE_PATH let a deploy (for example GitHub Pages under /<repo>/) set where the site lives.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Inside the project, not node_modules, so fixture projects that share node_modules never share a cache.
  cacheDir: './.astro/cache',
  integrations: [contentValidation(), contentPresence(), diagrams(), mdx(), bookletPdf(), searchIndex()],
  // The diagrams integration adds its mdast plugin to this processor.
  markdown: { processor: satteri({ mdastPlugins: [], hastPlugins: [markdownBaseLinks(base)] }) },
  build: { format: 'directory' },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it is noise (Astro handles the directive itself), so a clean build logs none.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
