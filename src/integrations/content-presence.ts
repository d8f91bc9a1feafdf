import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { presentCollections } from '../lib/optional/content-presence.ts';

const virtualId = 'virtual:pmo-playbook/content-presence';

/**
 * Tells pages which collections have files (virtual:pmo-playbook/content-presence), so the
 * site reads, links and builds pages only for content that exists, without Astro's warnings
 * about empty collections. Decided once when the build starts (a dev server needs a restart
 * when the first file of a collection is added).
 */
export function contentPresence(): AstroIntegration {
  return {
    name: 'pmo-playbook:content-presence',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const present = presentCollections(fileURLToPath(config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pmo-playbook:content-presence',
                resolveId: (id: string) => (id === virtualId ? `\0${virtualId}` : undefined),
                load: (id: string) => (id === `\0${virtualId}` ? `export const presentCollections = ${JSON.stringify(present)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
