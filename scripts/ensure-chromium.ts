// Runs before `npm test`: browser tests need a Chromium, which npm does not install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { installChromiumAdvice } from '../src/lib/chromium/find-chromium.ts';
import { findProjectChromium } from '../src/lib/chromium/playwright-managed.ts';

let found = await findProjectChromium();
const canUseApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!found && canUseApt) {
  console.log('No Chromium found; installing Debian\'s chromium package with apt-get (about a minute).');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) break;
  }
  found = await findProjectChromium();
}
if (!found) {
  console.error(installChromiumAdvice);
  process.exit(1);
}
console.log(`Browser tests will use ${found.path} (${found.source}).`);
