/**
 * Parses many files on several threads: this one and `jobs - 1` workers. Files go out in batches
 * of about BATCH_BYTES to whichever thread is free; results are put back in input order, so the
 * outcome does not depend on timing.
 *
 * This thread takes batches too, because what a worker hands back still has to be turned into
 * objects here (JSON.parse, about a fifth of the cost of parsing): with two cores, one worker and
 * this thread sharing the work beats two workers and an idle coordinator.
 *
 * A worker that fails is not retried: its batch, and whatever is left, is parsed in this thread,
 * which gives the same results, only later.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fromWire, parseNative, type NativeParse } from './index.js';
import type { ParseReply, ParseRequest } from './worker.js';

export interface PoolFile {
  readonly text: string;
  readonly filename: string;
}

const BATCH_BYTES = 256 * 1024;
/**
 * Batches queued at a worker at once: it must not wait for this thread, busy with its own batch,
 * to hand it the next one.
 */
const IN_FLIGHT = 3;
/** Below this much text a worker's start-up (tens of milliseconds) costs more than it saves. */
const MIN_POOL_BYTES = 2 * 1024 * 1024;
const MAX_DEFAULT_JOBS = 8;

/**
 * Parsing threads by default: one on two cores or fewer, else the cores this process may use.
 * On two vCPUs a worker made whole scans slower (2,000 files: 3.67 s against 3.21 s; 200 files:
 * 0.88 s against 0.77 s): what it parses must still become objects on this thread, and those
 * objects cost this thread's garbage collector more than parsing them here would. More cores
 * take more of the parsing off this thread; that case was not measured.
 */
export function defaultJobs(cores: number = availableParallelism()): number {
  if (cores <= 2) return 1;
  return Math.min(cores, MAX_DEFAULT_JOBS);
}

/** How many worker threads to start for this much work: none when it is small or jobs is 1. */
export function workersFor(jobs: number, files: readonly PoolFile[]): number {
  if (jobs <= 1 || files.length < 2) return 0;
  let bytes = 0;
  for (const file of files) bytes += file.text.length;
  if (bytes < MIN_POOL_BYTES) return 0;
  return Math.max(0, Math.min(jobs - 1, Math.ceil(bytes / BATCH_BYTES) - 1));
}

export interface PoolOptions {
  /** The worker entry; by default the module next to this one (tests pass a compiled one). */
  readonly workerUrl?: string | URL;
}

/** Parses every file, here and on `workers` worker threads; results in input order. */
export async function parseInWorkers(
  files: readonly PoolFile[],
  workers: number,
  options: PoolOptions = {},
): Promise<NativeParse[]> {
  const results: (NativeParse | undefined)[] = new Array<NativeParse | undefined>(files.length);
  const batches = makeBatches(files);
  const worker = await import('./worker.js');
  const entry = options.workerUrl ?? worker.workerUrl;
  // Sources under a test runner are TypeScript, which a worker cannot load: parse here.
  const spawn = String(entry).endsWith('.ts') ? 0 : Math.min(workers, batches.length);

  let next = 0;
  const take = (): number => (next < batches.length ? next++ : -1);

  /** One worker: takes the next batch whenever it is free; resolves when none is left or it fails. */
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      let thread: Worker;
      try {
        thread = new Worker(new URL(String(entry)), { workerData: { mark: worker.WORKER_MARK } });
      } catch {
        resolve();
        return;
      }
      let pending = 0;
      const send = (): void => {
        const id = take();
        if (id < 0) {
          if (pending === 0) {
            void thread.terminate();
            resolve();
          }
          return;
        }
        pending++;
        const request: ParseRequest = { id, files: batches[id]!.map((i) => files[i]!) };
        thread.postMessage(request);
      };
      thread.on('message', (reply: ParseReply) => {
        pending--;
        const batch = batches[reply.id]!;
        reply.results.forEach((wire, k) => {
          results[batch[k]!] = fromWire(wire);
        });
        send();
      });
      // A worker that fails leaves its batch unparsed: the sweep below parses it here.
      const stop = (): void => {
        void thread.terminate();
        resolve();
      };
      thread.once('error', stop);
      thread.once('messageerror', stop);
      thread.once('exit', stop);
      for (let k = 0; k < IN_FLIGHT; k++) send();
    });

  /** This thread's share: a batch at a time, letting worker replies in between. */
  const runHere = async (): Promise<void> => {
    for (let id = take(); id >= 0; id = take()) {
      for (const i of batches[id]!) results[i] = parseNative(files[i]!.text, files[i]!.filename);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };

  await Promise.all([...Array.from({ length: spawn }, runWorker), runHere()]);
  // A loop, not map: map skips the holes a failed worker left.
  const out: NativeParse[] = [];
  for (let i = 0; i < files.length; i++)
    out.push(results[i] ?? parseNative(files[i]!.text, files[i]!.filename));
  return out;
}

/** Indexes of files, grouped into batches of about BATCH_BYTES of text, in input order. */
function makeBatches(files: readonly PoolFile[]): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    batch.push(i);
    bytes += file.text.length;
    if (bytes >= BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}
