import { describe, expect, it } from '@jest/globals';
import { scan } from '../src/scan.js';
import { writeTree } from './helpers/sources.js';
import { ORG, FEATURES } from './helpers/terraform.js';

async function scanTree(files: Record<string, string>, today: string, extra: { baseline?: string } = {}) {
  const tree = writeTree(files);
  try {
    return await scan({ paths: ['.'], cwd: tree.dir, now: new Date(`${today}T12:00:00Z`), ...extra });
  } finally {
    tree.cleanup();
  }
}

const KEYS = (comment: string) => `${comment}
provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
}
`;

describe('inline suppressions', () => {
  it('a comment above the block, with a reason, suppresses and keeps the finding with its justification', async () => {
    const result = await scanTree(
      { 'p.tf': KEYS('# rootguard:ignore RG001 -- LocalStack only; the key is the documented fake') },
      '2026-11-24',
    );
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'RG001',
      suppressed: true,
      justification: expect.stringMatching(/p\.tf:1: LocalStack only/),
    });
    expect(result.summary.critical).toBe(0);
    expect(result.suppressed).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it('a comment above the offending attribute works too, with // as well as #', async () => {
    const result = await scanTree(
      {
        'p.tf': `provider "aws" {
  region = "us-east-1"
  // rootguard:ignore RG001 -- test fixture
  access_key = "AKIAIOSFODNN7EXAMPLE"
}
`,
      },
      '2026-11-24',
    );
    expect(result.findings[0]?.suppressed).toBe(true);
  });

  it.each([
    [
      'at the end of the offending line',
      'provider "aws" {\n  region = "us-east-1"\n  access_key = "AKIAIOSFODNN7EXAMPLE" # rootguard:ignore RG001 -- test fixture\n}\n',
      3,
    ],
    [
      "at the end of the block's first line",
      'provider "aws" { // rootguard:ignore RG001 -- test fixture\n  region = "us-east-1"\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n}\n',
      1,
    ],
  ])('a comment %s suppresses it', async (_where, text, line) => {
    const result = await scanTree({ 'p.tf': text }, '2026-11-24');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.suppressed).toBe(true);
    expect(result.findings[0]?.justification).toBe(`p.tf:${line}: test fixture`);
  });

  it.each([
    [
      'at the end of the line above (another attribute)',
      'provider "aws" {\n  region = "us-east-1" # rootguard:ignore RG001 -- for region only\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n}\n',
    ],
    [
      'inside a quoted string',
      'provider "aws" {\n  region = "us-east-1"\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n  profile = "x # rootguard:ignore RG001 -- not a comment"\n}\n',
    ],
    [
      'inside a quoted string on the offending line',
      'provider "aws" {\n  region = "us-east-1"\n  access_key = "AKIA # rootguard:ignore RG001 -- not a comment"\n}\n',
    ],
  ])('text %s does not suppress it', async (_where, text) => {
    const result = await scanTree({ 'p.tf': text }, '2026-11-24');
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => !f.suppressed)).toBe(true);
  });

  it('without a reason it does not suppress, and is itself reported', async () => {
    const result = await scanTree({ 'p.tf': KEYS('# rootguard:ignore RG001') }, '2026-11-24');
    expect(result.findings[0]?.suppressed).toBe(false);
    expect(result.warnings).toEqual([
      { file: 'p.tf', line: 1, message: expect.stringMatching(/has no reason/) },
    ]);
  });

  it('for another rule it does not suppress', async () => {
    const result = await scanTree({ 'p.tf': KEYS('# rootguard:ignore RG006 -- wrong rule') }, '2026-11-24');
    expect(result.findings[0]?.suppressed).toBe(false);
  });

  it.each([
    ['the day before it expires', '2027-03-30', true],
    ['on the day it expires', '2027-03-31', true],
    ['the day after', '2027-04-01', false],
  ])('with "until 2027-03-31", %s: suppressed=%s', async (_when, today, suppressed) => {
    const result = await scanTree(
      { 'p.tf': KEYS('# rootguard:ignore RG001 until 2027-03-31 -- rotate by end of Q1') },
      today,
    );
    expect(result.findings[0]?.suppressed).toBe(suppressed);
    expect(result.warnings.length).toBe(suppressed ? 0 : 1);
    if (!suppressed) expect(result.warnings[0]?.message).toMatch(/expired on 2027-03-31/);
  });
});

describe('inline suppressions in a large file', () => {
  it('each of a thousand comments suppresses its own block and no other', async () => {
    const blocks = Array.from({ length: 2000 }, (_, i) => {
      const comment = i % 2 === 1 ? `# rootguard:ignore RG001 -- fixture ${i}\n` : '';
      return `${comment}resource "aws_iam_access_key" "k${i}" {\n  status = "Active"\n  user   = "root"\n}\n`;
    });
    const result = await scanTree({ 'keys.tf': blocks.join('') }, '2026-11-24');
    expect(result.findings).toHaveLength(2000);
    for (const finding of result.findings) {
      const i = Number(/k(\d+)$/.exec(finding.resource ?? '')?.[1]);
      expect(finding.suppressed).toBe(i % 2 === 1);
      // The justification is the comment right above this block.
      if (i % 2 === 1) expect(finding.justification).toMatch(new RegExp(`^keys\\.tf:\\d+: fixture ${i}$`));
    }
    expect(result.suppressed).toBe(1000);
  });
});

describe('config suppressions (for findings with no line of their own)', () => {
  const files = (expires: string) => ({
    'org.tf': ORG + FEATURES,
    '.rootguard.yml': `ignore:
  - rule: RG002
    resource: aws_organizations_organization.*
    reason: the deny-root SCP lands in the next change (PLAT-123)
    expires: ${expires}
`,
  });

  it('suppresses the absence finding until the date', async () => {
    const result = await scanTree(files('2027-01-15'), '2026-11-24');
    const rg002 = result.findings.find((f) => f.ruleId === 'RG002');
    expect(rg002).toMatchObject({
      suppressed: true,
      justification: expect.stringMatching(/PLAT-123.*until 2027-01-15/),
    });
    expect(result.summary.high).toBe(0);
    expect(result.warnings).toEqual([]);
  });

  it('after the date the finding is back and the expired entry is reported at its line', async () => {
    const result = await scanTree(files('2026-11-01'), '2026-11-24');
    expect(result.findings.find((f) => f.ruleId === 'RG002')?.suppressed).toBe(false);
    expect(result.warnings).toEqual([
      {
        file: '.rootguard.yml',
        line: 2,
        message: 'ignore RG002 expired on 2026-11-01; it no longer suppresses',
      },
    ]);
  });

  it('rules can be disabled and re-graded, and fail-on set, from the config', async () => {
    const result = await scanTree(
      {
        'org.tf': ORG + FEATURES,
        'p.tf': KEYS(''),
        '.rootguard.yml': 'fail-on: critical\nrules:\n  RG001: off\n  RG009: off\n  RG002: medium\n',
      },
      '2026-11-24',
    );
    expect(result.failOn).toBe('critical');
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['RG002', 'medium']]);
  });

  it('a broken config is an error naming file and line, and the scan still runs', async () => {
    const result = await scanTree(
      { 'p.tf': KEYS(''), '.rootguard.yml': 'rules:\n  RG01: off\n' },
      '2026-11-24',
    );
    expect(result.errors).toEqual([
      { file: '.rootguard.yml', line: 2, message: expect.stringMatching(/rules\.RG01: unknown rule id/) },
    ]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['RG001']);
  });

  it('exclude paths are not scanned', async () => {
    const result = await scanTree(
      { 'legacy/p.tf': KEYS(''), 'live/main.tf': '', '.rootguard.yml': 'exclude:\n  - legacy/**\n' },
      '2026-11-24',
    );
    expect(result.findings).toEqual([]);
    expect(result.stats.files).toBe(1);
  });
});
