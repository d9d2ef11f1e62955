import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { writeTree } from './helpers/sources.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The built CLI is what a newcomer runs from a fresh clone: test it, not only the sources. */
describe('dist/cli.js', () => {
  it('scan examples/insecure-org --format json lists RG001-RG004 and exits 1', () => {
    const r = run(['scan', 'examples/insecure-org', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      version: number;
      findings: { ruleId: string; location: { file: string; line: number } }[];
    };
    expect(out.version).toBe(1);
    expect(out.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort()).toEqual([
      'RG001 examples/insecure-org/providers.tf:13',
      'RG002 examples/insecure-org/organization.tf:1',
      'RG003 examples/insecure-org/scp.tf:7',
      'RG004 examples/insecure-org/organization.tf:24',
    ]);
  });

  it('text output names rule, severity, file:line, message and fix', () => {
    const r = run(['scan', 'examples/insecure-org']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/CRITICAL RG001 root-access-key {2}examples\/insecure-org\/providers\.tf:13/);
    expect(r.stdout).toMatch(/fix: Remove the keys/);
    expect(r.stdout).toMatch(/FAIL: 4 findings at or above high/);
  });

  it('secure-org exits 0; --fail-on critical lets high findings pass', () => {
    expect(run(['scan', 'examples/secure-org']).code).toBe(0);
    expect(run(['scan', 'examples/insecure-org', '--fail-on', 'none']).code).toBe(0);
  });

  it('a syntax error exits 2 and the other files are still reported', () => {
    const tree = writeTree({
      'bad.tf': 'resource "x" "y" {\n  a = \n}\n',
      'ok.tf': 'provider "aws" {\n  secret_key = "abc"\n}\n',
    });
    try {
      const r = run(['scan', '.', '--format', 'json'], tree.dir);
      expect(r.code).toBe(2);
      const out = JSON.parse(r.stdout) as { errors: unknown[]; findings: { ruleId: string }[] };
      expect(out.errors).toEqual([{ file: 'bad.tf', line: 2, message: expect.any(String) }]);
      expect(out.findings.map((f) => f.ruleId)).toEqual(['RG001']);
    } finally {
      tree.cleanup();
    }
  });

  it('--plan with no PATHS reads only the plan; with PATHS the findings point at the .tf lines', () => {
    const planOnly = run(['scan', '--plan', 'examples/plan/plan.json', '--format', 'json']);
    expect(planOnly.code).toBe(1);
    const a = JSON.parse(planOnly.stdout) as { findings: { ruleId: string; location: { file: string } }[] };
    expect(a.findings.map((f) => `${f.ruleId} ${f.location.file}`).sort()).toEqual([
      'RG002 examples/plan/plan.json',
      'RG004 examples/plan/plan.json',
      'RG005 examples/plan/plan.json',
      'RG009 examples/plan/plan.json',
    ]);
    const both = run(['scan', 'examples/plan', '--plan', 'examples/plan/plan.json', '--format', 'json']);
    const b = JSON.parse(both.stdout) as {
      findings: { ruleId: string; location: { file: string; line: number } }[];
    };
    expect(b.findings.find((f) => f.ruleId === 'RG002')?.location).toEqual({
      file: 'examples/plan/main.tf',
      line: 18,
    });
  });

  it('usage errors exit 2 with a message', () => {
    const r = run(['scan', '--fail-on', 'severe']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on must be one of/);
  });
});

describe('dist/cli.js --parser', () => {
  it('the native parser (default) and hcl2json give the same report', () => {
    const native = run(['scan', 'examples/insecure-org', '--format', 'json']);
    const oracle = run([
      'scan',
      'examples/insecure-org',
      '--format',
      'json',
      '--parser',
      'hcl2json',
      '--jobs',
      '1',
    ]);
    expect(oracle.code).toBe(1);
    expect(oracle.stdout).toBe(native.stdout);
    expect(run(['scan', '--parser', 'go']).stderr).toMatch(/--parser must be native or hcl2json/);
    expect(run(['scan', '--jobs', '0']).stderr).toMatch(/--jobs must be a whole number/);
  });
});
