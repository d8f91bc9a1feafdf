import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { type HtmlProblem, parseVnuReport } from '../quality/vnu-report.ts';
import { projectRoot } from './project.ts';

/** The Nu HTML Checker that the npm package vnu-jar ships. */
export const vnuJar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

const installJavaAdvice = [
  'The HTML checker needs Java 11 or newer, and `java` was not found. Install it with:',
  '  Debian/Ubuntu (as root): apt-get update && apt-get install -y default-jre-headless',
].join('\n');

/**
 * A check runs for seconds, too briefly for Java's optimising compiler to pay back: with the
 * quick compiler alone, checking the example's pages takes half the CPU time. Code from the
 * quick compiler uses more stack, and vnu's schema check then overflows Java's default 1 MB
 * thread stack, hence -Xss. The serial garbage collector suits a short run on two cores better
 * than the default G1 and its threads: the example's pages took 6.0-7.0 core-s against 8.0-8.1.
 */
const javaOptions = ['-XX:TieredStopAtLevel=1', '-Xss4m', '-XX:+UseSerialGC'];

/**
 * Checks HTML files with vnu in one Java process (starting Java costs about a second, so
 * never once per page). Paths in the result are relative to `folder`.
 */
export function checkHtmlFiles(folder: string, files: string[]): HtmlProblem[] {
  const run = spawnSync('java', [...javaOptions, '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (run.error) throw new Error((run.error as NodeJS.ErrnoException).code === 'ENOENT' ? installJavaAdvice : String(run.error));
  return parseVnuReport(run.stderr, folder);
}
