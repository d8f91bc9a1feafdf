import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { starlightProjectFiles } from '../../scripts/bench/starlight-project.ts';
import { syntheticProjectFiles } from '../../scripts/bench/synthetic-project.ts';

describe("the benchmark's Starlight project", () => {
  const files = syntheticProjectFiles({ stages: 7, playbooks: 2, roles: 100 });
  const stagePaths = Object.keys(files).filter((path) => /^playbooks\/[^/]+\/[^/]+\.mdx$/.test(path));
  const starlight = starlightProjectFiles(files, { astro: '7.3.5', '@astrojs/starlight': '0.42.4' });

  it('has one docs page for every stage, with the same body after the frontmatter', () => {
    for (const path of stagePaths) {
      const docsPath = path.replace(/^playbooks\//, 'src/content/docs/');
      const ours = files[path];
      const theirs = starlight[docsPath];
      expect(theirs, docsPath).toBeDefined();
      const body = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);
      expect(body(theirs)).toBe(body(ours));
      const title = parse(ours.slice(4, ours.indexOf('\n---\n', 4))).title;
      expect(parse(theirs.slice(4, theirs.indexOf('\n---\n', 4))).title).toBe(title);
    }
    expect(Object.keys(starlight).filter((path) => path.startsWith('src/content/docs/')).length).toBe(stagePaths.length + 1);
  });

  it('names Starlight and Astro as dependencies, so Astro compiles their components', () => {
    expect(JSON.parse(starlight['package.json']).dependencies).toEqual({ astro: '7.3.5', '@astrojs/starlight': '0.42.4' });
    expect(starlight['astro.config.mjs']).toContain("from '@astrojs/starlight'");
  });
});
