import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { fixtureProject, projectRoot, withoutViteEnv } from '../helpers/project.ts';

/** A free loopback port for the dev server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Title, message and file of the error overlay on the page, or undefined when none shows within
 * `waitMs`. The overlay comes over the dev server's socket once the page's client connects, and
 * the first visit may reload once while Astro syncs content, so this polls for the content
 * report and otherwise returns whatever overlay showed last.
 */
async function overlayText(page: Page, waitMs = 60_000): Promise<{ title?: string; message?: string; file?: string } | undefined> {
  let last: { title?: string; message?: string; file?: string } | undefined;
  for (let waited = 0; waited <= waitMs; waited += 250) {
    const shown = await page
      .evaluate(() => {
        const overlay = document.querySelector('vite-error-overlay')?.shadowRoot;
        if (!overlay) return undefined;
        const text = (selector: string) => overlay.querySelector(selector)?.textContent ?? undefined;
        return { title: text('#title'), message: text('#message-content'), file: text('#code header h2') };
      })
      .catch(() => undefined);
    last = shown;
    // A passing Vite error (a dependency re-optimised during the first load) may show first.
    if (shown?.title?.startsWith('The content has')) return shown;
    await page.waitForTimeout(250);
  }
  return last;
}

describe('npm run dev with a content error', () => {
  const files = validContentFiles();
  files['playbooks/setup/second.mdx'] = stageFile(2, 'b').replace('    owner: sponsor', '    owner: sponsr');
  const root = fixtureProject(files);
  let dev: ChildProcess;
  let output = '';
  let origin = '';
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', root, '--host', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      // As an editor runs it: vitest's NODE_ENV=test and VITEST* variables would change how Vite serves.
      env: { ...Object.fromEntries(Object.entries(withoutViteEnv(process.env)).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV')), NO_COLOR: '1' },
    });
    dev.stdout!.on('data', (chunk) => (output += chunk));
    dev.stderr!.on('data', (chunk) => (output += chunk));
    for (let waited = 0; !output.includes(`:${port}`); waited += 250) {
      if (waited > 90_000 || dev.exitCode !== null) throw new Error(`The dev server did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    dev?.kill();
  });

  it('keeps serving and shows the report over the page, pointing at the file', async () => {
    const page = await browser.newPage();
    page.on('console', (message) => (output += `[page ${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => (output += `[page error] ${error.message}\n`));
    await page.goto(`${origin}/`);
    const overlay = await overlayText(page);
    expect(overlay?.title, output).toBe('The content has 1 error(s)');
    expect(overlay?.message).toContain('playbooks/setup/second.mdx:19:5  error  checklist.0.owner  Unknown role "sponsr".');
    expect(overlay?.file).toBe('setup/second.mdx:19:5');
    expect(output).toContain('Fix the content above; the dev server keeps running.');
  }, 180_000);

  it('clears once the file is fixed and saved', async () => {
    writeFileSync(join(root, 'playbooks/setup/second.mdx'), stageFile(2, 'b'));
    const page = await browser.newPage();
    for (let waited = 0; waited < 15_000 && !output.includes('0 error(s)'); waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
    await page.goto(`${origin}/`);
    expect(await overlayText(page, 5_000)).toBeUndefined();
  }, 120_000);
});
