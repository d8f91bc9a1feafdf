import type { Plugin } from 'vite';

const directive = '"use astro:head-inject";';

/**
 * Astro 7.3 writes a `"use astro:head-inject"` directive into every content module it wraps for
 * asset propagation (`?astroPropagatedAssets`); nothing reads it any more (head propagation now
 * goes by the module's `__astroPropagation` flag), and Rolldown warns once per MDX file that it
 * cannot keep it: 1,000 warnings on a 1,000-stage site (withastro/astro#18087). Dropping the dead
 * line before bundling removes the cause of the warnings and changes no output.
 */
export function withoutDeadHeadInjectDirective(): Plugin {
  return {
    name: 'pmo-playbook:without-dead-head-inject-directive',
    enforce: 'post',
    transform: {
      filter: { id: /[?&]astroPropagatedAssets(?:[&=]|$)/ },
      handler(code) {
        return code.includes(directive) ? { code: code.replace(directive, ''), map: null } : undefined;
      },
    },
  };
}
