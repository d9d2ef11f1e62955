/**
 * The worker-thread pool: same results as parsing in this thread, in input order, whatever the
 * timing, and a failing worker costs time, not results. Workers need JavaScript, so the worker
 * entry is compiled with esbuild (as the real build does) into a temporary directory.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseNative } from '../../src/load/native/index.js';
import { parseInWorkers, workersFor, type PoolFile } from '../../src/load/native/pool.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let workerUrl: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rootguard-pool-'));
  await build({
    entryPoints: [path.join(ROOT, 'src/load/native/worker.ts')],
    outfile: path.join(dir, 'worker.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  workerUrl = pathToFileURL(path.join(dir, 'worker.mjs')).href;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every corpus and error file, many times over with small changes: a few MB of varied HCL. */
function workload(copies: number): PoolFile[] {
  const sources = ['__fixtures__/hcl/corpus', '__fixtures__/hcl/errors'].flatMap((sub) =>
    readdirSync(path.join(ROOT, sub))
      .filter((f) => f.endsWith('.tf'))
      .map((f) => readFileSync(path.join(ROOT, sub, f), 'utf8')),
  );
  const files: PoolFile[] = [];
  for (let i = 0; i < copies; i++) {
    sources.forEach((text, k) => files.push({ text: `# copy ${i}\n${text}`, filename: `f${i}-${k}.tf` }));
  }
  return files;
}

describe('parseInWorkers', () => {
  it('gives what parsing here gives, in input order', async () => {
    const files = workload(40);
    const inline = files.map((f) => parseNative(f.text, f.filename));
    const pooled = await parseInWorkers(files, 2, { workerUrl });
    const single = await parseInWorkers(files, 1, { workerUrl });
    expect(pooled).toHaveLength(files.length);
    expect(pooled).toEqual(inline);
    expect(single).toEqual(inline);
    // Bodies stay tied to the JSON they came from.
    for (const result of pooled) {
      if (!result.ok) continue;
      for (const block of result.blocks) {
        const list = (result.json[block.type] ?? null) as unknown;
        expect(list).not.toBeNull();
      }
    }
  });

  it('keeps values JSON cannot carry', async () => {
    const files: PoolFile[] = [{ text: 'a = -0\nb = 1e999\nc = [-1e999]\n', filename: 'n.tf' }];
    const [result] = await parseInWorkers(files, 1, { workerUrl });
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(Object.is(result.json.a, -0)).toBe(true);
    expect(result.json.b).toBe(Infinity);
    expect(result.json.c).toEqual([-Infinity]);
  });

  it('parses here what a failing worker could not', async () => {
    const broken = path.join(dir, 'broken.mjs');
    writeFileSync(broken, "throw new Error('worker cannot start');\n");
    const files = workload(2);
    const results = await parseInWorkers(files, 2, { workerUrl: pathToFileURL(broken).href });
    expect(results).toEqual(files.map((f) => parseNative(f.text, f.filename)));
  });

  it('parses here when the entry is TypeScript (a test runner)', async () => {
    const files = workload(1);
    const results = await parseInWorkers(files, 2, {
      workerUrl: pathToFileURL(path.join(ROOT, 'src/load/native/worker.ts')).href,
    });
    expect(results).toEqual(files.map((f) => parseNative(f.text, f.filename)));
  });
});

describe('workersFor', () => {
  const small: PoolFile[] = [{ text: 'a = 1\n', filename: 'a.tf' }];
  const big: PoolFile[] = Array.from({ length: 40 }, (_, i) => ({
    text: 'x'.repeat(100_000),
    filename: `${i}.tf`,
  }));

  it('starts no worker for one job or little work', () => {
    expect(workersFor(1, big)).toBe(0);
    expect(workersFor(4, small)).toBe(0);
  });

  it('starts `jobs - 1` workers (this thread is the other job) when there is enough to parse', () => {
    expect(workersFor(2, big)).toBe(1);
    expect(workersFor(3, big)).toBe(2);
    expect(workersFor(64, big)).toBeLessThan(big.length);
  });
});
