// `npm run bench`: runs every benchmark in bench/ (each *.bench.mjs with node, each *.bench.ts
// through bench/run-ts.mjs) one after another in its own process, prints a table of what they
// measured and writes bench/results.json.
//
// Usage: node bench/run.mjs [NAME...] [-- ARGS...]
//   NAME   only the benchmarks whose file name contains it (plan, hcl, live, ...)
//   ARGS   passed to every benchmark (for example: -- --runs 1)
//
// It measures the built CLI: run `npm run build` first (it is not run here, so that a benchmark
// never measures a half-written dist/ another build is producing).
//
// Protocol: a benchmark prints one JSON object per line and measurement, with at least
//   {"bench", "input", "sizeBytes", "seconds", "mbPerSec", "floorSeconds", "ratio", "peakRssBytes"}
// (null where a figure does not apply) and any extra fields it likes. Other output is shown
// as it is and kept in results.json.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');

const separator = process.argv.indexOf('--', 2);
const names = (separator < 0 ? process.argv.slice(2) : process.argv.slice(2, separator)).filter(Boolean);
const passed = separator < 0 ? [] : process.argv.slice(separator + 1);

if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error(
    'bench: dist/cli.js is missing; run "npm run build" first (the benchmarks measure the built CLI)',
  );
  process.exit(2);
}

const scripts = readdirSync(benchDir)
  .filter((f) => /\.bench\.(mjs|ts)$/.test(f))
  .filter((f) => names.length === 0 || names.some((n) => f.includes(n)))
  .sort();
if (scripts.length === 0) {
  console.error(`bench: no benchmark matches ${names.join(', ')}`);
  process.exit(2);
}

/** Runs one benchmark, echoing its output as it comes; resolves with its lines and exit code. */
function runScript(file) {
  const args = file.endsWith('.ts')
    ? [path.join('bench', 'run-ts.mjs'), path.join('bench', file), ...passed]
    : [path.join('bench', file), ...passed];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    const results = [];
    const text = [];
    let pending = '';
    const take = (line) => {
      const parsed = parseLine(line);
      if (parsed) results.push(parsed);
      else if (line.trim() !== '') text.push(line);
      process.stdout.write(`  ${file}: ${line}\n`);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) take(line);
    });
    child.on('close', (code, signal) => {
      if (pending !== '') take(pending);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ file, code, signal, seconds, results, text });
    });
  });
}

function parseLine(line) {
  if (!line.startsWith('{')) return undefined;
  try {
    const value = JSON.parse(line);
    return value && typeof value === 'object' && typeof value.bench === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

const mb = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1e6).toFixed(1)} MB` : '-');
const num = (x, digits) => (typeof x === 'number' ? x.toFixed(digits) : '-');

function table(rows) {
  const header = ['bench', 'input', 'size', 'time', 'MB/s', 'floor', 'ratio', 'peak RSS'];
  const body = rows.map((r) => [
    r.bench,
    String(r.input ?? ''),
    mb(r.sizeBytes),
    typeof r.seconds === 'number' ? `${r.seconds.toFixed(2)} s` : '-',
    num(r.mbPerSec, 1),
    typeof r.floorSeconds === 'number' ? `${r.floorSeconds.toFixed(2)} s` : '-',
    typeof r.ratio === 'number' ? `${r.ratio.toFixed(2)}x` : '-',
    mb(r.peakRssBytes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

const runs = [];
for (const file of scripts) {
  console.log(`bench: ${file}`);
  runs.push(await runScript(file));
}

// A run of some benchmarks keeps the others' last results.
const previous = (() => {
  try {
    return JSON.parse(readFileSync(path.join(benchDir, 'results.json'), 'utf8'));
  } catch {
    return undefined;
  }
})();
const ran = new Set(scripts);
const kept = (previous?.results ?? []).filter((r) => typeof r.file === 'string' && !ran.has(r.file));
const rows = runs.flatMap((r) => r.results.map((result) => ({ ...result, file: r.file })));
console.log(`\n${table(rows)}`);
const failed = runs.filter((r) => r.code !== 0);
for (const r of failed) console.error(`bench: ${r.file} exited ${r.code ?? r.signal}`);

const out = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? null,
  memoryBytes: totalmem(),
  args: passed,
  results: [...kept, ...rows],
  runs: runs.map(({ file, code, signal, seconds, text }) => ({
    file,
    exitCode: code,
    signal,
    seconds: Math.round(seconds * 1000) / 1000,
    ...(text.length > 0 ? { output: text } : {}),
  })),
};
writeFileSync(path.join(benchDir, 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log('\nbench: wrote bench/results.json');
process.exitCode = failed.length > 0 ? 1 : 0;
