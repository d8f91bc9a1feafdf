import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';

const guide = readFileSync(join(projectRoot, 'docs/hosting.md'), 'utf8');

/** The first fenced block of a language after a heading. */
function blockAfter(heading: string, language: string): string {
  const start = guide.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(guide.slice(start));
  expect(match, `${heading} has a ${language} block`).not.toBeNull();
  return match![1];
}

/** The headers the guide's table asks every host to send, by name. */
const recommended = new Map(
  [...guide.slice(guide.indexOf('### Security headers')).matchAll(/^\| `([\w-]+)` \| `([^`]+)` \|/gm)].map((match) => [match[1], match[2]]),
);

describe('docs/hosting.md', () => {
  it('recommends framing protection, HSTS, nosniff and private caching', () => {
    expect([...recommended.keys()]).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Cache-Control']));
    expect(recommended.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(recommended.get('Cache-Control')).toBe('private');
  });

  it('gives Azure Static Web Apps a config that requires an Entra ID sign-in everywhere and sends every header', () => {
    const config = JSON.parse(blockAfter('Azure Static Web Apps with Microsoft Entra ID', 'json')) as {
      routes: { route: string; allowedRoles?: string[] }[];
      responseOverrides: Record<string, { redirect?: string }>;
      auth: { identityProviders: { azureActiveDirectory: { registration: { openIdIssuer: string } } } };
      globalHeaders: Record<string, string>;
    };
    expect(config.routes.at(-1)).toEqual({ route: '/*', allowedRoles: ['authenticated'] });
    expect(config.responseOverrides['401'].redirect).toMatch(/^\/\.auth\/login\/aad/);
    expect(config.auth.identityProviders.azureActiveDirectory.registration.openIdIssuer).toMatch(/^https:\/\/login\.microsoftonline\.com\/.+\/v2\.0$/);
    expect(config.globalHeaders).toEqual(Object.fromEntries(recommended));
  });

  it('gives Cloudflare Pages a _headers file with every header for every path', () => {
    const [path, ...lines] = blockAfter('Cloudflare Pages with Cloudflare Access', '').trim().split('\n');
    expect(path).toBe('/*');
    expect(new Map(lines.map((line) => line.trim().split(/: (.*)/).slice(0, 2) as [string, string]))).toEqual(recommended);
  });

  it('gives nginx an auth_request on every page and every header, sent on errors too', () => {
    const nginx = blockAfter('nginx behind a single sign-on proxy', 'nginx');
    const pages = /location \/ \{([\s\S]*?)\n {4}\}/.exec(nginx)![1];
    expect(pages).toContain('auth_request /oauth2/auth;');
    const sent = new Map([...pages.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((match) => [match[1], match[2]]));
    expect(sent).toEqual(recommended);
  });

  it('says what SITE_URL and BASE_PATH to build with for each host', () => {
    for (const host of ['GitHub Pages', 'Azure Static Web Apps', 'Cloudflare Pages', 'nginx']) {
      expect(guide, host).toMatch(new RegExp(`\\| ${host}[^|]*\\| [^|]+ \\| [^|]+ \\|`));
    }
  });
});
