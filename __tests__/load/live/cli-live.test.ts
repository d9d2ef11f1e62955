/**
 * `rootguard scan --live` as a user runs it: the built CLI as a child process, the real SDK
 * clients pointed at a loopback endpoint by AWS_ENDPOINT_URL_* (no code path just for tests).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startFakeAws, type FakeAws } from './fake-aws.js';
import { seedOrganization } from './seed-org.js';

const root = path.resolve(import.meta.dirname, '../../..');
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/cli.js'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('dist/cli.js scan --live', () => {
  let fake: FakeAws;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await startFakeAws(seedOrganization(60), {});
    env = {
      AWS_ENDPOINT_URL_ORGANIZATIONS: fake.url,
      AWS_ENDPOINT_URL_IAM: fake.url,
      AWS_ENDPOINT_URL_STS: fake.url,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/rootguard/credentials',
      AWS_CONFIG_FILE: '/nonexistent/rootguard/config',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  });
  afterAll(async () => {
    await fake.close();
  });

  it('reads only the organization (no PATHS) and judges it with the same rules and report', async () => {
    const r = await runCli(['scan', '--live', '--format', 'json'], env);
    const out = JSON.parse(r.stdout) as {
      findings: { ruleId: string; source: string }[];
      unverified: { ruleId: string }[];
      errors: unknown[];
    };
    expect(out.errors).toEqual([]);
    expect(r.code).toBe(1);
    const ids = [...new Set(out.findings.map((f) => f.ruleId))].sort();
    expect(ids).toEqual(expect.arrayContaining(['RG004', 'RG010']));
    expect(out.findings.map((f) => [f.ruleId, f.source])).toEqual(
      out.findings.map((f) => [f.ruleId, 'live']),
    );
    expect(Object.keys(fake.stats.requests)).toEqual(
      expect.arrayContaining(['ListRoots', 'ListOrganizationsFeatures']),
    );
    expect(fake.stats.badSignatures).toEqual([]);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('no credentials: a one-line error that says how to configure them, exit 2', async () => {
    const { AWS_ACCESS_KEY_ID: _a, AWS_SECRET_ACCESS_KEY: _s, ...noCreds } = env;
    const r = await runCli(['scan', '--live'], noCreds);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/credentials/i);
  });
});
