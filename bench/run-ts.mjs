// Runs a TypeScript file with plain Node 20 (no tsx, no --experimental-strip-types): transpiles it
// and the relative imports it reaches with @swc/core into a temporary directory, then imports it.
// Usage: node bench/run-ts.mjs bench/live.bench.ts [args...]
import { transformFileSync } from '@swc/core';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const entry = path.resolve(process.argv[2] ?? '');
if (!entry.endsWith('.ts') || !existsSync(entry)) {
  console.error('usage: node bench/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}

const out = mkdtempSync(path.join(tmpdir(), 'rootguard-bench-'));
// Bare imports (@aws-sdk/...) resolve through the project's node_modules; the output is ESM.
symlinkSync(path.join(root, 'node_modules'), path.join(out, 'node_modules'), 'dir');
writeFileSync(path.join(out, 'package.json'), '{ "type": "module" }\n');

// Only the files the entry reaches are compiled, so a half-edited file elsewhere cannot break a run.
const RELATIVE = /(?:from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
const seen = new Set();
const queue = [entry];
while (queue.length > 0) {
  const file = queue.pop();
  if (seen.has(file)) continue;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(RELATIVE)) {
    const target = path.resolve(path.dirname(file), match[1]);
    const ts = target.replace(/\.js$/, '.ts');
    if (existsSync(ts)) queue.push(ts);
  }
  const { code } = transformFileSync(file, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'es6' },
    sourceMaps: false,
  });
  const dest = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
  mkdirSync(path.dirname(dest), { recursive: true });
  writeFileSync(dest, code);
}

const compiledEntry = path.join(out, path.relative(root, entry)).replace(/\.ts$/, '.js');
process.argv.splice(2, 1);
try {
  await import(pathToFileURL(compiledEntry).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
