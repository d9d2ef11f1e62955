/**
 * A parsing worker thread. This module is the worker's entry: pool.ts imports it dynamically only
 * to learn its URL, so that a bundler gives it (and the parser it imports) a small chunk of its
 * own, and a worker starts without loading the rest of the program.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { toWire, type WireParse } from './index.js';
import { parseHcl } from './parser.js';

export const WORKER_MARK = 'rootguard-hcl-parser';

export interface ParseRequest {
  readonly id: number;
  readonly files: readonly { readonly text: string; readonly filename: string }[];
}

export interface ParseReply {
  readonly id: number;
  readonly results: WireParse[];
}

export const workerUrl: string = import.meta.url;

if (!isMainThread && parentPort && (workerData as { mark?: unknown } | null)?.mark === WORKER_MARK) {
  const port = parentPort;
  port.on('message', (request: ParseRequest) => {
    const results = request.files.map(({ text, filename }) => toWire(parseHcl(text, filename)));
    port.postMessage({ id: request.id, results } satisfies ParseReply);
  });
}
