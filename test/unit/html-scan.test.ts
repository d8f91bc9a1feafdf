import { describe, expect, it } from 'vitest';
import { fragmentTargets, pageReferences, scanStartTags, srcsetUrls, stylesheetReferences } from '../quality/html-scan.ts';

describe('scanStartTags', () => {
  it('reads double-quoted, single-quoted, unquoted and bare attributes, decoding entities', () => {
    const [tag] = scanStartTags(`<A HREF="/a?x=1&amp;y=2" title='It&#39;s' data-n=3 hidden>`);
    expect(tag.name).toBe('a');
    expect(Object.fromEntries(tag.attributes)).toEqual({ href: '/a?x=1&y=2', title: "It's", 'data-n': '3', hidden: '' });
  });

  it('keeps ">" inside quoted values and self-closing tags', () => {
    expect(scanStartTags('<img alt="a > b" src=x.png/><br/>').map((tag) => [tag.name, tag.attributes.get('alt')])).toEqual([
      ['img', 'a > b'],
      ['br', undefined],
    ]);
  });

  it('ignores markup inside comments, scripts and styles but keeps the script tag itself', () => {
    const tags = scanStartTags('<!-- <a href="/commented"> --><script src="/s.js">const s = "<a href=\'/in-js\'>";</script><style>a::before{content:"<b id=x>"}</style><p id="real">');
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'style', 'p']);
  });

  it('reads what a browser reads: references without semicolons, implied end tags, <template> content', () => {
    const tags = scanStartTags('<p title="a &amp b &copy; &#x2014;">one<p id="two"><template><a href="/in-template/"></a></template>');
    expect(tags.map((tag) => tag.name)).toEqual(['p', 'p', 'template', 'a']);
    expect(tags[0].attributes.get('title')).toBe('a & b \u00a9 \u2014');
  });

  it('takes the first of repeated attributes, as browsers do', () => {
    expect(scanStartTags('<a href="/first" href="/second">')[0].attributes.get('href')).toBe('/first');
  });
});

describe('fragmentTargets', () => {
  it('collects ids of any element and names of <a>, not names of other elements', () => {
    expect([...fragmentTargets(scanStartTags('<h2 id="steps"><a name="old"><input name="field"><div id="">'))].sort()).toEqual(['old', 'steps']);
  });
});

describe('pageReferences', () => {
  it('separates links people follow from resources the page loads', () => {
    const html = `<link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://x.example/"><a href="/a/">a</a>
      <img src="/i.png" srcset="/i-2x.png 2x, /i-3x.png 3x"><script src="/j.js"></script><form action="/search/"></form>`;
    expect(pageReferences(scanStartTags(html)).map((reference) => `${reference.kind} ${reference.tag}[${reference.attribute}] ${reference.url}`)).toEqual([
      'resource link[href] /s.css',
      'navigation link[href] https://x.example/',
      'navigation a[href] /a/',
      'resource img[src] /i.png',
      'resource img[srcset] /i-2x.png',
      'resource img[srcset] /i-3x.png',
      'resource script[src] /j.js',
      'navigation form[action] /search/',
    ]);
  });

  it('splits srcset candidates on commas followed by space', () => {
    expect(srcsetUrls('a.png 480w,  b.png 800w')).toEqual(['a.png', 'b.png']);
  });
});

describe('stylesheetReferences', () => {
  it('finds url() in every quoting style and @import, skipping comments', () => {
    const css = `/* url(/commented.png) */ @import "base.css"; a { background: url(/a.png) } b { background: url('/b.png') } @font-face { src: url("https://f.example/x.woff2") }`;
    expect(stylesheetReferences(css)).toEqual(['/a.png', '/b.png', 'https://f.example/x.woff2', 'base.css']);
  });
});
