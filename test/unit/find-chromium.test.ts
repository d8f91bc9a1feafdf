import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findChromium, systemChromiumPath } from '../../src/lib/chromium/find-chromium.ts';
import { playwrightManagedPath } from '../../src/lib/chromium/playwright-managed.ts';

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

describe('playwrightManagedPath', () => {
  const askPlaywright = vi.fn(async () => '/cache/ms-playwright/chromium-1/chrome');
  beforeEach(() => askPlaywright.mockClear());

  it('does not load playwright-core on Linux when its browser folder does not exist', async () => {
    expect(await playwrightManagedPath({ env: { XDG_CACHE_HOME: '/cache' }, platform: 'linux', exists: onDisk(), askPlaywright })).toBeUndefined();
    expect(askPlaywright).not.toHaveBeenCalled();
  });

  it('asks playwright-core when the folder exists, when PLAYWRIGHT_BROWSERS_PATH is set, and off Linux', async () => {
    const lookups = [
      { env: { XDG_CACHE_HOME: '/cache' }, platform: 'linux', exists: onDisk('/cache/ms-playwright') },
      { env: { PLAYWRIGHT_BROWSERS_PATH: '0' }, platform: 'linux', exists: onDisk() },
      { env: {}, platform: 'darwin', exists: onDisk() },
    ] as const;
    for (const lookup of lookups) expect(await playwrightManagedPath({ ...lookup, askPlaywright })).toBe('/cache/ms-playwright/chromium-1/chrome');
    expect(askPlaywright).toHaveBeenCalledTimes(3);
  });

  it('finds no managed Chromium when playwright-core cannot be loaded', async () => {
    const missing = async () => Promise.reject(new Error("Cannot find package 'playwright-core'"));
    expect(await playwrightManagedPath({ env: {}, platform: 'darwin', askPlaywright: missing })).toBeUndefined();
  });
});
