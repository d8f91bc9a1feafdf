// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { bookletPdf } from './src/integrations/booklet-pdf.ts';
import { buildJobs } from './src/integrations/build-jobs.ts';
import { contentPresence } from './src/integrations/content-presence.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { withoutDeadHeadInjectDirective } from './src/integrations/dead-directive.ts';
import { diagrams } from './src/integrations/diagrams/index.ts';
import { inlineStylePolicy } from './src/integrations/inline-style-policy.ts';
import { markdownBaseLinks } from './src/integrations/markdown-base-links.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentSecurityDirectives } from './src/lib/security/csp.ts';

// SITE_URL and BASE_PATH let a deploy (for example GitHub Pages under /<repo>/) set where the site lives.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Inside the project, not node_modules, so fixture projects that share node_modules never share a cache.
  cacheDir: './.astro/cache',
  // buildJobs() comes last: it waits for the PDFs and the search index, which run side by side.
  integrations: [contentValidation(), contentPresence(), diagrams(), mdx(), inlineStylePolicy(), bookletPdf(), searchIndex(), buildJobs()],
  // The diagrams integration adds its mdast plugin to this processor.
  // No code is highlighted (fences are diagrams), and Shiki's inline styles would clash with the CSP: Astro warns on every build.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [], hastPlugins: [markdownBaseLinks(base)] }) },
  build: { format: 'directory' },
  // Scoped component styles as :where(.astro-…): the selectors keep the weight they had as global rules.
  scopedStyleStrategy: 'where',
  vite: { plugins: [withoutDeadHeadInjectDirective()] },
  // Serves the collection schemas to editors inside .mdx frontmatter (VS Code: astro.content-intellisense).
  experimental: { contentIntellisense: true },
  // Every page carries a policy in a <meta> tag: scripts and styles only from this site or by the
  // hash of the inline ones it actually uses, no other origins, nothing inline that is not hashed.
  security: { csp: { directives: contentSecurityDirectives } },
});
