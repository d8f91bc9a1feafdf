// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentValidation } from './src/integrations/content-validation.ts';

// SITE_URL and BASE_PATH let a deploy (for example GitHub Pages under /<repo>/) set where the site lives.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentValidation(), mdx()],
  build: { format: 'directory' },
});
