const directive = '"use astro:head-inject";';

/** The Vite plugin shape this needs, written out so the project does not import Vite's types itself. */
interface ModuleTransformPlugin {
  name: string;
  enforce: 'post';
  transform: { filter: { id: RegExp }; handler(code: string): { code: string; map: null } | undefined };
}

/**
 * Astro 7.3 writes a `"use astro:head-inject"` directive into every content module it wraps for
 * asset propagation (`?astroPropagatedAssets`); nothing reads it any more (head propagation now
 * goes by the module's `__astroPropagation` flag), and Rolldown warns once per MDX file that it
 * cannot keep it: 1,000 warnings on a 1,000-stage site (withastro/astro#18087). Dropping the dead
 * line before bundling removes the cause of the warnings and changes no output.
 */
export function withoutDeadHeadInjectDirective(): ModuleTransformPlugin {
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
