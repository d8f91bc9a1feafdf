import { parentPort } from 'node:worker_threads';
import { readMdx } from './mdx-reading.ts';

// One share of readMdxInWorkers: reads each text it is sent and sends the readings back in order.
parentPort!.once('message', (texts: string[]) => parentPort!.postMessage(texts.map(readMdx)));
