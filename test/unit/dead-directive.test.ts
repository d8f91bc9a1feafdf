import { describe, expect, it } from 'vitest';
import { withoutDeadHeadInjectDirective } from '../../src/integrations/dead-directive.ts';

const plugin = withoutDeadHeadInjectDirective();
const { transform } = plugin;

describe('withoutDeadHeadInjectDirective', () => {
  it("drops the directive from Astro's propagated-asset modules and keeps the rest", () => {
    const code = '\n"use astro:head-inject";\nasync function getMod() { return import("/playbooks/a/b.mdx"); }\nexport default { __astroPropagation: true, getMod };';
    const result = transform.handler(code);
    expect(result?.code).not.toContain('use astro:head-inject');
    expect(result?.code).toContain('__astroPropagation: true');
  });

  it('only looks at propagated-asset modules', () => {
    expect(transform.filter.id.test('/site/playbooks/a/b.mdx?astroPropagatedAssets')).toBe(true);
    expect(transform.filter.id.test('/site/playbooks/a/b.mdx?x=1&astroPropagatedAssets=true')).toBe(true);
    expect(transform.filter.id.test('/site/playbooks/a/b.mdx')).toBe(false);
    expect(transform.handler('export const a = 1;')).toBeUndefined();
  });
});
