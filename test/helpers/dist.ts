import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every HTML page of a built site, as site paths ("/roles/x/") with their markup, less the classes
 * Astro adds to scope a component's <style> ("astro-" and eight characters): which components
 * carry scoped styles is no concern of the assertions made on the markup.
 */
export function builtPages(outDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of globSync('**/*.html', { cwd: outDir }).sort()) {
    const path = `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
    pages.set(path, withoutScopeClasses(readFileSync(join(outDir, file), 'utf8')));
  }
  return pages;
}

/** Markup without Astro's scoped-style classes: class="x astro-ab12cd34" reads class="x". */
export function withoutScopeClasses(html: string): string {
  return html.replace(/ class="([^"]*)"/g, (_attribute, value: string) => {
    const classes = value.split(' ').filter((name) => !/^astro-[a-z0-9]{8}$/.test(name));
    return classes.length === 0 ? '' : ` class="${classes.join(' ')}"`;
  });
}

/** Values of an attribute on every matching tag, e.g. all href values of <a>. */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*\\s${attribute}="([^"]*)"`, 'gi');
  return [...html.matchAll(pattern)].map((match) => match[1].replaceAll('&amp;', '&'));
}

/** Whether a site path (without fragment) is served by a file in the build. */
export function resolvesInBuild(outDir: string, sitePath: string): boolean {
  const path = decodeURIComponent(sitePath.split('#')[0].split('?')[0]);
  const target = join(outDir, path);
  if (path.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}
