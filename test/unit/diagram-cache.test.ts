import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedKeys, diagramKey, normaliseSource, pruneCache, readCachedSvg, writeCachedSvg } from '../../src/lib/diagrams/diagram-cache.ts';
import { renderContext } from '../../src/lib/diagrams/render-config.ts';

const context = renderContext('12.3.0');
const emptyFolder = () => mkdtempSync(join(tmpdir(), 'pmo-diagram-cache-'));

describe('diagram cache key', () => {
  it('is a 24-character hex hash that ignores line endings and trailing spaces', () => {
    const key = diagramKey('flowchart TD\n  A --> B', context);
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    expect(diagramKey('flowchart TD  \r\n  A --> B\r\n', context)).toBe(key);
    expect(normaliseSource('\n flowchart TD  \r\n  A --> B \n\n')).toBe('flowchart TD\n  A --> B');
  });

  it('changes with the source, the mermaid version and the render settings', () => {
    const key = diagramKey('flowchart TD\n  A --> B', context);
    expect(diagramKey('flowchart TD\n  A --> C', context)).not.toBe(key);
    expect(diagramKey('flowchart TD\n  A --> B', renderContext('12.4.0'))).not.toBe(key);
    expect(context).toContain('"theme":"neutral"');
    expect(diagramKey('flowchart TD\n  A --> B', context.replace('"theme":"neutral"', '"theme":"dark"'))).not.toBe(key);
  });
});

describe('diagram cache folder', () => {
  it('reads back what it wrote, one file per diagram, and reports a miss as undefined', () => {
    const folder = join(emptyFolder(), 'diagrams-cache');
    expect(readCachedSvg(folder, 'a'.repeat(24))).toBeUndefined();
    expect(cachedKeys(folder)).toEqual([]);
    writeCachedSvg(folder, 'a'.repeat(24), '<svg id="x"></svg>');
    expect(readCachedSvg(folder, 'a'.repeat(24))).toBe('<svg id="x"></svg>');
    expect(readdirSync(folder)).toEqual([`${'a'.repeat(24)}.svg`]);
  });

  it('prunes only stale diagrams and leaves other files alone', () => {
    const folder = emptyFolder();
    const [used, stale] = ['1'.repeat(24), '2'.repeat(24)];
    writeCachedSvg(folder, used, '<svg/>');
    writeCachedSvg(folder, stale, '<svg/>');
    writeFileSync(join(folder, 'README.md'), 'notes');
    expect(cachedKeys(folder)).toEqual([used, stale]);
    expect(pruneCache(folder, new Set([used]))).toEqual([stale]);
    expect(cachedKeys(folder)).toEqual([used]);
    expect(existsSync(join(folder, 'README.md'))).toBe(true);
    expect(pruneCache(folder, new Set([used]))).toEqual([]);
  });
});
