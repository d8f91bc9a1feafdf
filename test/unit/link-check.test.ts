import { describe, expect, it } from 'vitest';
import { type BuiltSite, checkLinks, formatLinkProblem } from '../quality/link-check.ts';

function site(pages: Record<string, string>, files: string[] = [], stylesheets: Record<string, string> = {}): BuiltSite {
  // A page "/roles/" is served at "/roles/" and at "/roles/index.html", as on a static host.
  const served = new Set([...Object.keys(pages), ...files]);
  return {
    pages: new Map(Object.entries(pages)),
    stylesheets: new Map(Object.entries(stylesheets)),
    serves: (path) => served.has(path.replace(/index\.html$/, '')) || served.has(path),
  };
}

const problems = (built: BuiltSite) => checkLinks(built).map(formatLinkProblem);

describe('checkLinks', () => {
  it('accepts links that resolve, relative links, fragments on the same and other pages, and the top of page', () => {
    const built = site({
      '/': '<a href="/roles/">Roles</a> <a href="roles/#sponsor">Sponsor</a> <a href="#main">Main</a> <a href="#">Top</a> <a href="#top">Top</a> <main id="main">',
      '/roles/': '<h2 id="sponsor">Sponsor</h2><a href="../">Home</a><a href="/roles/index.html#sponsor">Same page</a>',
    });
    expect(problems(built)).toEqual([]);
  });

  it('reports a page that is not in the build and a fragment with no matching id', () => {
    const built = site({ '/': '<a href="/governance/">Governance</a> <a href="/roles/#board">Board</a> <a href="#nowhere">x</a>', '/roles/': '<h2 id="sponsor">' });
    expect(problems(built)).toEqual([
      '/ -> /governance/ (a href): nothing in the build is served at this address',
      '/ -> /roles/#board (a href): the target page has no element with id="board"',
      '/ -> #nowhere (a href): the target page has no element with id="nowhere"',
    ]);
  });

  it('matches percent-encoded fragments against the decoded id', () => {
    expect(problems(site({ '/': '<a href="#caf%C3%A9">x</a><h2 id="café">' }))).toEqual([]);
  });

  it('allows links to other sites and mail, but not resources loaded from other origins', () => {
    const built = site({
      '/': '<a href="https://www.gov.uk/">GOV.UK</a><a href="mailto:pmo@example.com">Mail</a><script src="https://cdn.example.com/x.js"></script><img src="//images.example.com/a.png" alt="">',
    });
    expect(problems(built)).toEqual([
      '/ -> https://cdn.example.com/x.js (script src): loads from another origin; ship the file with the site instead',
      '/ -> //images.example.com/a.png (img src): loads from another origin; ship the file with the site instead',
    ]);
  });

  it('checks what stylesheets load, and does not check fragments of files that are not pages', () => {
    const built = site({ '/': '<link rel="stylesheet" href="/s.css"><a href="/guide.pdf#page=3">Guide</a>' }, ['/s.css', '/guide.pdf', '/logo.svg'], {
      '/s.css': 'a { background: url(logo.svg) } b { background: url(/gone.png) } @import "https://fonts.example.com/f.css";',
    });
    expect(problems(built)).toEqual([
      '/s.css -> /gone.png (css url): nothing in the build is served at this address',
      '/s.css -> https://fonts.example.com/f.css (css url): loads from another origin; ship the file with the site instead',
    ]);
  });
});
