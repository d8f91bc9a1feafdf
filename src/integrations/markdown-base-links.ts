import type { HastPluginDefinition } from 'satteri';
import { isSitePath, withBase } from '../lib/pages/site-path.ts';

/**
 * Editors write links and images in Markdown from the site root ("/scope/", "/downloads/x.pdf")
 * as the content checker resolves them. When the site is deployed under a base path (a GitHub
 * Pages project site), this puts the base in front, as the pages' own links already do.
 */
export function markdownBaseLinks(base: string): HastPluginDefinition {
  return {
    name: 'pmo-playbook:base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties?.[key];
        if (typeof value === 'string' && isSitePath(value)) ctx.setProperty(node, key, withBase(base, value));
      },
    },
  } as HastPluginDefinition;
}
