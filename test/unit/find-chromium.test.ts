import { describe, expect, it } from 'vitest';
import { findChromium, systemChromiumPath } from '../../src/lib/chromium/find-chromium.ts';

const onDisk = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('prefers the environment variable, then Playwright, then the system package', () => {
    const all = onDisk('/opt/chrome', '/pw/chrome', systemChromiumPath);
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, playwrightManagedPath: '/pw/chrome', exists: all })).toEqual({ path: '/opt/chrome', source: 'environment' });
    expect(findChromium({ env: {}, playwrightManagedPath: '/pw/chrome', exists: all })).toEqual({ path: '/pw/chrome', source: 'playwright' });
    expect(findChromium({ env: {}, playwrightManagedPath: '/pw/missing', exists: all })).toEqual({ path: systemChromiumPath, source: 'system' });
  });

  it('returns nothing when no browser exists, and rejects a wrong environment path', () => {
    expect(findChromium({ env: {}, exists: onDisk() })).toBeUndefined();
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nowhere' }, exists: onDisk() })).toThrow('CHROMIUM_PATH is set to /nowhere');
  });
});
