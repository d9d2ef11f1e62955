// Cold start: `node dist/cli.js scan <dir> --format json` on a directory holding one .tf file,
// against the floor of starting Node itself (`node -e 0`).
//
// Usage: node bench/coldstart.bench.mjs [--runs N] [--cli PATH]
// Prints one JSON object per measurement and line (the protocol bench/run.mjs reads).
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureNode } from './measure.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    cli: { type: 'string', default: 'dist/cli.js' },
  },
});
const runs = Number(values.runs);
const cli = path.resolve(values.cli);

const dir = mkdtempSync(path.join(tmpdir(), 'rootguard-coldstart-'));
try {
  const file = path.join(dir, 'scp.tf');
  copyFileSync(path.resolve('examples/insecure-org/scp.tf'), file);
  const sizeBytes = statSync(file).size;

  // The floor: Node starting and exiting with nothing loaded. Floor and scan take turns.
  let floor = Infinity;
  let best;
  const all = [];
  for (let i = 0; i < runs; i++) {
    floor = Math.min(floor, measureNode(['-e', '0']).seconds);
    const run = measureNode([cli, 'scan', dir, '--format', 'json'], { env: { NO_COLOR: '1' } });
    if (run.status === null || run.status > 1) {
      process.stderr.write(`scan exited ${run.status}: ${run.stderr.slice(0, 2000)}\n`);
      process.exitCode = 1;
      break;
    }
    all.push(run.seconds);
    if (!best || run.seconds < best.seconds) best = run;
  }
  if (best) {
    all.sort((a, b) => a - b);
    const round = (x) => Math.round(x * 1000) / 1000;
    process.stdout.write(
      JSON.stringify({
        bench: 'coldstart',
        input: '1 file',
        sizeBytes,
        seconds: round(best.seconds),
        medianSeconds: round(all[Math.floor(all.length / 2)]),
        mbPerSec: round(sizeBytes / 1e6 / best.seconds),
        floorSeconds: round(floor),
        ratio: round(best.seconds / floor),
        peakRssBytes: best.peakRssBytes,
        runs,
      }) + '\n',
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
