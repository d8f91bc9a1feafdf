import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type MdxReading, readMdx } from './mdx-reading.ts';

/**
 * Below this many texts the pages are read on the calling thread: a worker takes a few hundred
 * milliseconds to start and load remark, which only pays when there are many pages to read
 * (a cold build of a large playbook).
 */
export const workerThreshold = 200;

/**
 * Reads the texts with remark on every core at once, one worker thread per core, each with an
 * equal share; the readings come back in the texts' order. Parsing is CPU-bound and the caller
 * has nothing else to do meanwhile (the content check runs before Astro starts its work).
 */
export async function readMdxInWorkers(texts: string[], { threshold = workerThreshold, workers = availableParallelism() } = {}): Promise<MdxReading[]> {
  const count = Math.min(workers, Math.ceil(texts.length / Math.max(threshold, 1)));
  if (count <= 1) return texts.map(readMdx);
  const shareSize = Math.ceil(texts.length / count);
  const shares = Array.from({ length: count }, (_, index) => texts.slice(index * shareSize, (index + 1) * shareSize));
  return (await Promise.all(shares.map(readInWorker))).flat();
}

function readInWorker(texts: string[]): Promise<MdxReading[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./mdx-reading-worker.ts', import.meta.url));
    worker.once('message', (readings: MdxReading[]) => {
      resolve(readings);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The MDX reading worker stopped (exit code ${code}) before sending its readings.`)));
    worker.postMessage(texts);
  });
}
