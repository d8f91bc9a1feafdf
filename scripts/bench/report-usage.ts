// Loaded into the build process with `--import <this file>?out=<path>`: when the process exits it
// writes its own peak resident set size and CPU time to <path> as JSON. Exact, and needs no
// /usr/bin/time; CPU time stays meaningful when other work shares the machine, wall time does not.
// CPU time includes the child processes the build waited for (Pagefind, Chromium), read from
// /proc where Linux has it, so a build that hands work to a child is not flattered.
import { readFileSync, writeFileSync } from 'node:fs';

const out = new URL(import.meta.url).searchParams.get('out');

/** CPU milliseconds of waited-for children (fields cutime and cstime of /proc/self/stat). */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticksPerSecond = 100;
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return 0;
  }
}

if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ peakRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 + childrenCpuMs() }));
  });
}
