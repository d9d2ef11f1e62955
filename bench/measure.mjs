// Wall time and peak RSS of a Node child process, measured the same way for the command under
// test and for its floor. Peak RSS comes from GNU time (`/usr/bin/time -f %M`) when it is
// installed; elsewhere (macOS, Windows, slim containers) from process.resourceUsage() in an exit
// hook preloaded into the child, which sees the same figure for a single Node process.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
const hasGnuTime =
  existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

const EXIT_HOOK = `data:text/javascript,${encodeURIComponent(
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.ROOTGUARD_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));`,
)}`;

let counter = 0;

/**
 * Runs `node ...args` and returns { seconds, peakRssBytes, status, stdout, stderr }.
 * `peakRssBytes` is null when the child died before it could be measured.
 */
export function measureNode(args, { env = {}, cwd = process.cwd() } = {}) {
  const report = path.join(tmpdir(), `rootguard-bench-rss-${process.pid}-${counter++}.txt`);
  rmSync(report, { force: true });
  const [command, commandArgs] = hasGnuTime
    ? [GNU_TIME, ['-f', '%M', '-o', report, process.execPath, ...args]]
    : [process.execPath, ['--import', EXIT_HOOK, ...args]];
  const start = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, {
    cwd,
    env: { ...process.env, ...env, ROOTGUARD_BENCH_RSS_FILE: report },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let peakRssBytes = null;
  try {
    // Both sources report kilobytes.
    const kb = Number(readFileSync(report, 'utf8').trim().split(/\s+/).pop());
    if (Number.isFinite(kb) && kb > 0) peakRssBytes = kb * 1024;
  } catch {
    // no report: the child was killed before it exited normally
  }
  rmSync(report, { force: true });
  return { seconds, peakRssBytes, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

export const rssSource = hasGnuTime ? 'GNU time %M' : 'process.resourceUsage().maxRSS';
