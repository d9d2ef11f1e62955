import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import AjvDraft04 from 'ajv-draft-04';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Log } from 'sarif';
import { FINGERPRINT_KEY, fingerprint, toSarif, writeFileAtomic } from '../../src/report/sarif.js';
import { rules } from '../../src/rules/index.js';
import { scan, type ScanResult } from '../../src/scan.js';
import { writeTree } from '../helpers/sources.js';
import { finding, resultOf } from './results.js';

const root = path.resolve(import.meta.dirname, '../..');
const ctx = { rules, version: '0.1.0', cwd: root, workspace: root };

/*
 * The official SARIF 2.1.0 schema (2.1.0-rtm.5, the schema the OASIS standard and @types/sarif are
 * generated from), as Microsoft ships it in @microsoft/jest-sarif. It is draft-04 JSON Schema, hence
 * ajv-draft-04. Its `language` pattern is not valid in Unicode mode, hence unicodeRegExp: false.
 */
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
// ajv ships no format checkers; these two are the formats our output uses, checked with WHATWG URL.
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validateSarif = ajv.compile(schema);

function expectValid(log: Log): void {
  const ok = validateSarif(log);
  expect(ok ? [] : validateSarif.errors).toEqual([]);
}

describe('SARIF for examples/insecure-org', () => {
  let result: ScanResult;
  let log: Log;
  beforeAll(async () => {
    result = await scan({ paths: ['examples/insecure-org'], cwd: root });
    log = toSarif(result, {
      ...ctx,
      informationUri: 'https://github.com/acme/rootguard',
      repositoryUri: 'https://github.com/acme/landing-zone',
      revisionId: '0a4d55a8d778e5022fab701977c5d840bbc486d0',
    });
  });

  it('validates against the official SARIF 2.1.0 JSON schema', () => {
    expect(result.findings.length).toBeGreaterThan(0);
    expectValid(log);
  });

  it('the schema check is real: a wrong level and a missing message are rejected', () => {
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: Record<string, unknown>[] }[] };
    const first = broken.runs[0]?.results[0] ?? {};
    first.level = 'critical';
    delete first.message;
    expect(validateSarif(broken)).toBe(false);
    expect(validateSarif.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/results/0']),
    );
  });

  it('one run; driver with name, version, informationUri and every rule with help and security-severity', () => {
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]?.tool.driver;
    expect(driver?.name).toBe('RootGuard');
    expect(driver?.version).toBe('0.1.0');
    expect(driver?.informationUri).toBe('https://github.com/acme/rootguard');
    expect(log.runs[0]?.versionControlProvenance?.[0]).toMatchObject({
      repositoryUri: 'https://github.com/acme/landing-zone',
      revisionId: '0a4d55a8d778e5022fab701977c5d840bbc486d0',
    });
    expect(driver?.rules?.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    const rg001 = driver?.rules?.find((r) => r.id === 'RG001');
    expect(rg001?.properties?.['security-severity']).toBe('9.5');
    expect(rg001?.properties?.tags).toEqual(expect.arrayContaining(['security']));
    expect(rg001?.help?.markdown).toMatch(/\*\*Fix:\*\*/);
    expect(rg001?.help?.markdown).toMatch(/```hcl\n/);
    expect(rg001?.helpUri).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(rg001?.shortDescription?.text).toBe(rules.find((r) => r.id === 'RG001')?.title);
    const high = driver?.rules?.find((r) => rules.find((x) => x.id === r.id)?.severity === 'high');
    expect(high?.properties?.['security-severity']).toBe('8.0');
  });

  it('results point at the .tf file relative to %SRCROOT% with startLine, ruleIndex and level', () => {
    const run = log.runs[0];
    const results = run?.results ?? [];
    expect(results.map((r) => r.ruleId).sort()).toEqual(result.findings.map((f) => f.ruleId).sort());
    for (const r of results) {
      expect(run?.tool.driver.rules?.[r.ruleIndex ?? -1]?.id).toBe(r.ruleId);
      expect(r.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    }
    const rg001 = results.find((r) => r.ruleId === 'RG001');
    expect(rg001?.level).toBe('error');
    expect(rg001?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'examples/insecure-org/providers.tf', uriBaseId: '%SRCROOT%' },
      region: { startLine: 13 },
    });
  });
});

describe('fingerprints', () => {
  const provider = (padding: string) =>
    `${padding}provider "aws" {\n  region     = "us-east-1"\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n}\n`;
  let tree: ReturnType<typeof writeTree>;
  beforeAll(() => {
    tree = writeTree({ 'stack/providers.tf': provider('') });
  });
  afterAll(() => tree.cleanup());

  it('stay the same when the finding moves down the file, while startLine follows it', async () => {
    const options = { rules, version: '0', cwd: tree.dir, workspace: tree.dir };
    const before = toSarif(await scan({ paths: ['stack'], cwd: tree.dir }), options);
    writeFileSync(path.join(tree.dir, 'stack/providers.tf'), provider('# moved\n\n\n\n\n'));
    const after = toSarif(await scan({ paths: ['stack'], cwd: tree.dir }), options);
    const b = before.runs[0]?.results?.[0];
    const a = after.runs[0]?.results?.[0];
    expect(b?.ruleId).toBe('RG001');
    expect(a?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(
      (b?.locations?.[0]?.physicalLocation?.region?.startLine ?? 0) + 5,
    );
    expect(a?.partialFingerprints).toEqual(b?.partialFingerprints);
  });

  it('differ by rule, resource, file and message, and duplicates get distinct ones', () => {
    const base = fingerprint('RG001', 'provider.aws', 'a.tf', 'm');
    expect(fingerprint('RG002', 'provider.aws', 'a.tf', 'm')).not.toBe(base);
    expect(fingerprint('RG001', 'provider.aws.x', 'a.tf', 'm')).not.toBe(base);
    expect(fingerprint('RG001', 'provider.aws', 'b.tf', 'm')).not.toBe(base);
    expect(fingerprint('RG001', 'provider.aws', 'a.tf', 'n')).not.toBe(base);
    const twin = finding({ ruleId: 'RG001', severity: 'critical', location: { file: 'a.tf', line: 3 } });
    const log = toSarif(resultOf([twin, { ...twin, location: { file: 'a.tf', line: 9 } }]), ctx);
    const prints = log.runs[0]?.results?.map((r) => r.partialFingerprints?.[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(2);
  });
});

describe('SARIF edge cases', () => {
  it('suppressed findings carry an external suppression with the justification', () => {
    const f = finding({
      ruleId: 'RG007',
      severity: 'low',
      suppressed: true,
      justification: 'MFA delete is handled by the backup account',
      location: { file: 'examples/insecure-org/scp.tf', line: 3 },
    });
    const log = toSarif(resultOf([f]), ctx);
    const r = log.runs[0]?.results?.[0];
    expect(r?.suppressions).toEqual([
      { kind: 'external', justification: 'MFA delete is handled by the backup account' },
    ]);
    expect(r?.level).toBe('note');
    expectValid(log);
  });

  it('a finding without a place lands on the file of the organization resource, else has no locations', () => {
    const absent = finding({ ruleId: 'RG002', severity: 'high' });
    const org = finding({
      ruleId: 'RG004',
      severity: 'high',
      resource: 'aws_organizations_organization.org',
      location: { file: 'org/main.tf', line: 4 },
    });
    const withOrg = toSarif(resultOf([absent, org]), ctx);
    const placed = withOrg.runs[0]?.results?.find((r) => r.ruleId === 'RG002');
    expect(placed?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('org/main.tf');
    expectValid(withOrg);

    const alone = toSarif(resultOf([absent]), ctx);
    expect(alone.runs[0]?.results?.[0]?.locations).toBeUndefined();
    expectValid(alone);
  });

  it('paths are relative to the repository root even when the scan ran in a subdirectory', () => {
    const f = finding({
      ruleId: 'RG001',
      severity: 'critical',
      location: { file: 'prod env/providers.tf', line: 2 },
    });
    const log = toSarif(resultOf([f]), { ...ctx, cwd: path.join(root, 'infra') });
    expect(log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      'infra/prod%20env/providers.tf',
    );
    expectValid(log);
  });

  it('errors and unverified checks become tool execution notifications', () => {
    const log = toSarif(
      resultOf([], {
        errors: [{ file: 'bad.tf', line: 2, message: 'Invalid expression' }],
        unverified: [{ ruleId: 'RG004', reason: 'enabled_features is computed' }],
      }),
      ctx,
    );
    const inv = log.runs[0]?.invocations?.[0];
    expect(inv?.executionSuccessful).toBe(false);
    expect(inv?.toolExecutionNotifications?.map((n) => n.level)).toEqual(['error', 'note']);
    expectValid(log);
  });
});

describe('writeFileAtomic', () => {
  it('creates parent directories, replaces the file whole and leaves no temporary file', async () => {
    const tree = writeTree({});
    try {
      const target = path.join(tree.dir, 'reports/deep/rootguard.sarif');
      await writeFileAtomic(target, 'first');
      await writeFileAtomic(target, 'second');
      expect(readFileSync(target, 'utf8')).toBe('second');
      expect(readdirSync(path.dirname(target))).toEqual(['rootguard.sarif']);
    } finally {
      tree.cleanup();
    }
  });

  it('a failed write leaves the old file as it was', async () => {
    const tree = writeTree({ 'out/report.json': 'old' });
    try {
      const target = path.join(tree.dir, 'out/report.json');
      // A directory where the file should be makes rename fail after the temp file was written.
      await expect(writeFileAtomic(path.join(tree.dir, 'out'), 'x')).rejects.toThrow();
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(tree.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      expect(existsSync(target)).toBe(true);
    } finally {
      tree.cleanup();
    }
  });
});
