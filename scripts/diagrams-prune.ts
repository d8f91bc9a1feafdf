// Deletes rendered diagrams nothing uses any more from diagrams-cache/: `npm run diagrams:prune`.
import { join } from 'node:path';
import { collectDiagrams } from '../src/lib/diagrams/collect-diagrams.ts';
import { cacheFolderName, cachedKeys, diagramKey, pruneCache } from '../src/lib/diagrams/diagram-cache.ts';
import { findMermaid, renderContext } from '../src/lib/diagrams/render-config.ts';

const root = process.argv[2] ?? process.cwd();
const collected = collectDiagrams(root);
if (collected.generatedSkipped) {
  // Without the generated diagrams, pruning would delete ones the site still shows.
  console.error(`Nothing pruned: ${collected.generatedSkipped}, so the diagrams generated from it cannot be listed. Fix it first (npm run check).`);
  process.exit(1);
}
const context = renderContext(findMermaid(root).version);
const keep = new Set(collected.requests.map((request) => diagramKey(request.source, context)));
const cacheDir = join(root, cacheFolderName);
const removed = pruneCache(cacheDir, keep);
const present = new Set(cachedKeys(cacheDir));
const missing = [...keep].filter((key) => !present.has(key)).length;
console.log(`${cacheFolderName}/: removed ${removed.length} stale diagram(s), kept ${keep.size - missing}.`);
if (missing > 0) console.log(`${missing} diagram(s) are not rendered yet; the next npm run build renders them.`);
