// Loaded into the build process with `--import <this file>?out=<path>`: when the process exits it
// writes its own peak resident set size and CPU time to <path> as JSON. Exact, and needs no
// /usr/bin/time; CPU time stays meaningful when other work shares the machine, wall time does not.
import { writeFileSync } from 'node:fs';

const out = new URL(import.meta.url).searchParams.get('out');
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ peakRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
