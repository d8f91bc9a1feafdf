import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowPageInlineStyles, cspHash, inlineStyles } from '../../src/lib/security/inline-styles.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const astroMeta = (styleSources: string) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' ${styleSources};">`;

describe('inline styles of a page', () => {
  it('are read as the browser checks them: attribute values and SVG style text decoded, HTML style text raw', () => {
    const html = '<style>a>b{}</style><p style="font-family: &quot;X&quot;">x</p><svg><style>#d-1 .a&gt;b{fill:red}</style><g style=""></g></svg>';
    expect(inlineStyles(html)).toEqual({ elements: ['a>b{}', '#d-1 .a>b{fill:red}'], attributes: ['font-family: "X"', ''] });
  });

  it('hash as CSP writes them', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('the page policy, widened to the page inline styles', () => {
  it('gains the hash of each diagram <style> and a style-src-attr with each style="" value, and nothing else', () => {
    const page = `<html><head>${astroMeta("'sha256-own='")}</head><body><svg style="max-width: 80px;"><style>#diagram-1{fill:#000}</style></svg></body></html>`;
    const widened = allowPageInlineStyles(page);
    const policy = /content="([^"]*)"/.exec(widened)![1];
    expect(policy).toBe(
      `default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-own=' '${sha('#diagram-1{fill:#000}')}'; style-src-attr 'unsafe-hashes' '${sha('max-width: 80px;')}';`,
    );
    expect(widened.replace(/<meta[^>]*>/, '')).toBe(page.replace(/<meta[^>]*>/, ''));
    // Running it again changes nothing: a rebuilt or re-processed page keeps one policy.
    expect(allowPageInlineStyles(widened)).toBe(widened);
  });

  it('leaves a page alone when it has no policy, or no inline style Astro did not already hash', () => {
    const noPolicy = '<html><head></head><body><svg style="x"></svg></body></html>';
    expect(allowPageInlineStyles(noPolicy)).toBe(noPolicy);
    const own = `<html><head>${astroMeta(`'${sha('body{}')}'`)}<style>body{}</style></head><body></body></html>`;
    expect(allowPageInlineStyles(own)).toBe(own);
  });
});
