import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from './github-server.js';

/*
 * The built Action, run as the runner runs it: `node dist/index.js` with inputs as INPUT_<NAME>
 * (upper-cased, hyphens kept), the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * as files, and GITHUB_API_URL pointing at a loopback GitHub. `npm run build` must have run first.
 */
const root = path.resolve(import.meta.dirname, '../..');
const entry = path.join(root, 'dist', 'index.js');
const fixtures = path.join(root, '__fixtures__', 'github');
const HEAD_SHA = '0a4d55a8d778e5022fab701977c5d840bbc486d0';
const MERGE_SHA = '9b1c8e3f2a7d4e6b8c0a1f3e5d7b9c2a4e6f8a0b';

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT holds `name<<ghadelimiter_<uuid>` heredocs, as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1] ?? ''] = m[3] ?? '';
  return outputs;
}

async function runAction(
  server: FakeGitHub,
  inputs: Record<string, string>,
  event: { name: string; file: string } = { name: 'pull_request', file: 'pull_request.synchronize.json' },
): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rootguard-action-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    // Only what the runner would set: nothing leaks in from a CI job running these tests.
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: path.join(fixtures, event.file),
    GITHUB_REPOSITORY: 'acme/landing-zone',
    GITHUB_SHA: event.name === 'pull_request' ? MERGE_SHA : HEAD_SHA,
    GITHUB_WORKSPACE: root,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: server.url,
    GITHUB_ACTION_REPOSITORY: 'acme/rootguard',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_loopbacktoken',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [entry], { cwd: root, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Asynchronous on purpose: the loopback server answers from this same process.
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const result = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const COMMENTS = '/repos/acme/landing-zone/issues/42/comments';

beforeAll(() => {
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run "npm run build" before this test');
});

describe('the Action on a pull request, three pushes', () => {
  let server: FakeGitHub;
  let reports: string;
  beforeAll(async () => {
    server = await startFakeGitHub();
    reports = mkdtempSync(path.join(tmpdir(), 'rootguard-reports-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(reports, { recursive: true, force: true });
  });

  let first: ActionRun;
  it('push 1, insecure-org: annotations, summary, outputs, reports, one comment created, exit 1', async () => {
    const sarif = path.join(reports, 'nested/dir/rootguard.sarif');
    const json = path.join(reports, 'rootguard.json');
    first = await runAction(server, {
      path: 'examples/insecure-org',
      'fail-on': 'high',
      'sarif-file': sarif,
      'json-file': json,
    });
    expect(first.code).toBe(1);

    // Step annotations, worst first, at repository-relative file:line.
    const annotations = first.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    expect(annotations[0]).toMatch(
      /^::error title=RG001 \(critical\)%3A [^,]+,file=examples\/insecure-org\/providers\.tf,line=13::/,
    );
    // One per finding, at the place the JSON report gives (the rules' own tests pin the lines).
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      findings: { location: { file: string; line: number } }[];
    };
    const places = report.findings.map((f) => `${f.location.file}:${f.location.line}`).sort();
    expect(places).toHaveLength(4);
    expect(places.every((p) => p.startsWith('examples/insecure-org/'))).toBe(true);
    expect(
      annotations
        .map((l) =>
          l
            .match(/file=([^,]+),line=(\d+)/)
            ?.slice(1)
            .join(':'),
        )
        .sort(),
    ).toEqual(places);
    // The failure: one line, from core.setFailed.
    expect(first.stdout).toMatch(
      /^::error::RootGuard: 4 findings at or above high block the merge \(1 critical, 3 high, 0 medium, 0 low\)$/m,
    );

    expect(first.outputs).toMatchObject({
      findings: '4',
      critical: '1',
      high: '3',
      medium: '0',
      low: '0',
      unverified: '0',
      result: 'fail',
      'sarif-file': sarif,
      'json-file': json,
    });
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toHaveLength(4);

    expect(first.summary).toContain('## 🛡️ RootGuard');
    expect(first.summary).toContain('❌ **4 findings at or above `high` block the merge**');
    expect(first.summary).toContain(
      `(https://github.com/acme/landing-zone/blob/${HEAD_SHA}/examples/insecure-org/providers.tf#L13)`,
    );
    expect(first.summary).toContain('### How to fix');

    expect(server.writes()).toEqual([`POST ${COMMENTS}`, 'POST /repos/acme/landing-zone/check-runs']);
    const posted = server.requests.find((r) => r.method === 'POST' && r.path === COMMENTS);
    expect(posted?.headers.authorization).toBe('token ghs_loopbacktoken');
    expect((posted?.body as { body: string }).body).toMatch(
      /^<!-- rootguard:comment -->\n### 🛡️ RootGuard: ❌ 4 findings/,
    );
    const check = server.requests.find((r) => r.path.endsWith('/check-runs'))?.body as Record<
      string,
      unknown
    >;
    expect(check).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure', status: 'completed' });
    expect((check.output as { annotations: unknown[] }).annotations).toHaveLength(4);
  });

  it('push 2, same findings: the same comment is updated (PATCH), none created', async () => {
    const before = server.requests.length;
    const second = await runAction(server, { path: 'examples/insecure-org' });
    expect(second.code).toBe(1);
    const writes = server.requests.slice(before).filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /repos/acme/landing-zone/issues/comments/${server.comments[0]?.id}`,
      'POST /repos/acme/landing-zone/check-runs',
    ]);
    expect(server.comments).toHaveLength(1);
  });

  it('push 3, fixed (secure-org): the comment turns into a green all-clear, exit 0', async () => {
    const third = await runAction(server, { path: 'examples/secure-org' });
    expect(third.code).toBe(0);
    expect(third.outputs).toMatchObject({ findings: '0', result: 'pass' });
    expect(third.stdout).not.toMatch(/^::error/m);
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]?.body).toContain('### 🛡️ RootGuard: ✅ all clear');
    expect(third.summary).toContain('✅ **all clear');
  });
});

describe('the Action when it may not write', () => {
  let server: FakeGitHub;
  beforeAll(async () => {
    server = await startFakeGitHub({ faults: { createComment: 403, createCheckRun: 403 } });
  });
  afterAll(() => server.close());

  it('a fork’s read-only token (403) is a warning, and findings below fail-on still pass: exit 0', async () => {
    const run = await runAction(server, { path: 'examples/insecure-org', 'fail-on': 'none' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning::RootGuard could not comment on the pull request \(403: /m);
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect(run.outputs.result).toBe('pass');
    // No checks: write is not worth a warning: a debug line only.
    expect(run.stdout).toMatch(/^::debug::check run skipped, no checks: write permission/m);
    expect(run.stdout).not.toMatch(/^::warning::RootGuard could not create its check run/m);
  });

  it('the same 403 with findings at or above fail-on: exit 1', async () => {
    const run = await runAction(server, { path: 'examples/insecure-org', 'fail-on': 'high' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::warning::RootGuard could not comment/m);
    expect(run.stdout).toMatch(/^::error::RootGuard: 4 findings at or above high/m);
  });
});

describe('the Action elsewhere', () => {
  let server: FakeGitHub;
  beforeAll(async () => {
    server = await startFakeGitHub();
  });
  afterAll(() => server.close());

  it('on-findings, a clean PR and no earlier comment: nothing is posted', async () => {
    const run = await runAction(server, { path: 'examples/secure-org', comment: 'on-findings' });
    expect(run.code).toBe(0);
    expect(server.writes()).toEqual([]);
  });

  it('a push event gets no comment, but the check run carries the annotations', async () => {
    const before = server.requests.length;
    const run = await runAction(
      server,
      { path: 'examples/insecure-org', 'fail-on': 'none' },
      { name: 'push', file: 'push.json' },
    );
    expect(run.code).toBe(0);
    const requests = server.requests.slice(before);
    expect(requests.some((r) => r.path.includes('/issues/'))).toBe(false);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/landing-zone/check-runs',
    ]);
    expect(requests[0]?.body).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'neutral' });
  });

  it('annotations: false, summary: false, comment: false: only the log and outputs', async () => {
    const before = server.requests.length;
    const run = await runAction(server, {
      path: 'examples/insecure-org',
      'fail-on': 'critical',
      annotations: 'false',
      summary: 'false',
      comment: 'false',
      format: 'json',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/^::error (file|title)=/m);
    expect(run.summary).toBe('');
    expect(server.requests.length).toBe(before);
    expect(run.stdout).toContain('"ruleId": "RG001"');
    expect(run.outputs.result).toBe('fail');
  });

  it('config: its fail-on applies when the input is not set, and its suppressions show in every report', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rootguard-config-'));
    try {
      const config = path.join(dir, 'rootguard.yml');
      writeFileSync(
        config,
        'fail-on: none\nignore:\n  - rule: RG001\n    reason: keys are fake, this is the documentation example\n',
      );
      const sarif = path.join(dir, 'out.sarif');
      const run = await runAction(server, {
        path: 'examples/insecure-org',
        config,
        comment: 'false',
        'sarif-file': sarif,
      });
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ findings: '3', critical: '0', result: 'pass' });
      expect(run.summary).toContain('### Suppressed (1)');
      expect(run.summary).toContain('keys are fake, this is the documentation example');
      expect(run.stdout).not.toMatch(/^::error file=examples\/insecure-org\/providers\.tf/m);
      const log = JSON.parse(readFileSync(sarif, 'utf8')) as {
        runs: { results: { ruleId: string; suppressions?: { kind: string; justification?: string }[] }[] }[];
      };
      expect(log.runs[0]?.results.find((r) => r.ruleId === 'RG001')?.suppressions).toEqual([
        {
          kind: 'external',
          justification: expect.stringContaining('keys are fake, this is the documentation example'),
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a bad input fails the step with the reason (exit 1)', async () => {
    const run = await runAction(server, { path: 'examples/insecure-org', 'fail-on': 'severe' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::input fail-on must be one of critical, high, medium, low, none \(got "severe"\)$/m,
    );
  });

  it('a plan glob that matches nothing is an input error, not a silent pass', async () => {
    const run = await runAction(server, { path: 'examples/secure-org', plan: 'plans/**/*.json' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::input plan: nothing matches "plans\/\*\*\/\*\.json"$/m);
  });
});
