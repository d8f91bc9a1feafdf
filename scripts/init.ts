// Replaces the example with a starter playbook for your organization:
// `npm run init -- --organization "<name>" --currency <code> --locale <tag> [--force]`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { editedContentReason, initMarker } from '../src/lib/init/edited-content.ts';
import { organizationFields, parseInitArguments } from '../src/lib/init/init-options.ts';
import { todayIso } from '../src/lib/dates/calendar-date.ts';

const started = performance.now();
const root = process.cwd();
const starter = join(import.meta.dirname, 'init/starter');

const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
const origin = git('remote', 'get-url', 'origin').stdout?.trim();
const options = parseInitArguments(process.argv.slice(2), { repository: origin?.startsWith('https://') ? origin.replace(/\.git$/, '') : undefined });
if ('errors' in options) {
  console.error(options.errors.join('\n'));
  process.exit(1);
}

const organizationPath = join(root, 'content/organization.yaml');
const status = git('status', '--porcelain', '--', 'content', 'playbooks');
const uncommitted = status.status === 0 ? status.stdout.split('\n').filter(Boolean).map((line) => line.slice(3)) : [];
const reason = editedContentReason(existsSync(organizationPath) ? readFileSync(organizationPath, 'utf8') : undefined, uncommitted);
if (reason && !options.force) {
  console.error(`npm run init would replace content/ and playbooks/, but ${reason}\nCommit or move your work, or run again with --force to replace it anyway.`);
  process.exit(1);
}

const today = todayIso();
for (const folder of ['content', 'playbooks']) rmSync(join(root, folder), { recursive: true, force: true });
cpSync(join(starter, 'content'), join(root, 'content'), { recursive: true });
cpSync(join(starter, 'playbooks'), join(root, 'playbooks'), { recursive: true });
// Every page starts its review cycle today.
for (const file of globSync('{content,playbooks}/**/*.{yaml,mdx}', { cwd: root })) {
  const path = join(root, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/^(\s*lastReviewed:) .*$/gm, `$1 "${today}"`));
}
writeFileSync(organizationPath, `${initMarker} on ${today}. Edit it freely; see docs/adopting.md.\n${stringify(organizationFields(options), { lineWidth: 110 })}`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote a starter playbook for ${options.organization} (${options.currency}, ${options.locale}) into content/ and playbooks/ in ${seconds} s.
Next: check content/organization.yaml (mission, repository, contact), then run npm run check and npm start.
docs/adopting.md explains what to fill in first and how to grow into RACI matrices, forums, plans and comms.`);
