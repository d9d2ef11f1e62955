import { describe, expect, it } from '@jest/globals';
import { runRules } from '../../src/engine.js';
import { emptyOrg } from '../../src/model/org.js';
import { rule } from '../../src/rules/rg010-root-mfa-disabled.js';
import type { RuleContext } from '../../src/rules/rule.js';

/**
 * RG010 reads live facts, not Terraform: the cases are RuleContexts as the live loader fills them,
 * in the table shape the other rule tests use.
 */
interface Case {
  readonly name: string;
  readonly live?: RuleContext['live'];
  readonly findings?: readonly { readonly message: RegExp; readonly resource: string }[];
  readonly unverified?: readonly RegExp[];
}

const valid: readonly Case[] = [
  {
    name: 'MFA enabled on the management account root user',
    live: { managementAccountId: '111111111111', mfaEnabled: true, accessKeysPresent: false },
  },
  // The loader could not read it and has reported an unverified RG010 naming the denied permission.
  {
    name: "MFA status not read: left to the loader's unverified entry",
    live: { managementAccountId: '111111111111' },
  },
  {
    name: 'no live facts at all: unverified, never a guess',
    unverified: [/no facts about the management account were read/],
  },
];

const invalid: readonly Case[] = [
  {
    name: 'MFA disabled',
    live: { managementAccountId: '111111111111', mfaEnabled: false },
    findings: [
      {
        message: /^The root user of the management account 111111111111 has no MFA device/,
        resource: 'arn:aws:iam::111111111111:root',
      },
    ],
  },
  {
    name: 'MFA disabled, management account id unknown',
    live: { mfaEnabled: false },
    findings: [
      {
        message: /^The root user of the management account has no MFA device/,
        resource: 'management account root user',
      },
    ],
  },
];

function run(c: Case): ReturnType<typeof runRules> {
  const ctx: RuleContext = {
    resources: [],
    providers: [],
    org: emptyOrg(),
    ...(c.live ? { live: c.live } : {}),
  };
  return runRules([rule], ctx, { scope: 'auto', live: true });
}

describe(`${rule.id} ${rule.name}`, () => {
  it('carries full metadata', () => {
    expect(rule).toMatchObject({ id: 'RG010', name: 'root-mfa-disabled', severity: 'high', scope: 'live' });
    expect(rule.title).not.toBe('');
    expect(rule.rationale.split('. ').length).toBeGreaterThanOrEqual(2);
    expect(rule.remediation).toMatch(/MFA/);
    expect(rule.example?.bad).toMatch(/AccountMFAEnabled/);
    expect(rule.docs.every((d) => d.startsWith('https://docs.aws.amazon.com/'))).toBe(true);
  });

  describe('valid', () => {
    it.each(valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const result = run(c);
      expect(result.findings).toEqual([]);
      const reasons = result.unverified.map((u) => u.reason);
      expect(reasons).toHaveLength(c.unverified?.length ?? 0);
      for (const pattern of c.unverified ?? []) expect(reasons.some((r) => pattern.test(r))).toBe(true);
    });
  });

  describe('invalid', () => {
    it.each(invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const result = run(c);
      expect(result.findings).toHaveLength(c.findings?.length ?? 0);
      c.findings?.forEach((want, i) => {
        const got = result.findings[i];
        expect(got?.message).toMatch(want.message);
        expect(got).toMatchObject({
          ruleId: 'RG010',
          severity: 'high',
          source: 'live',
          resource: want.resource,
          suppressed: false,
        });
      });
    });
  });

  it('stays silent in a scan without a live organization (scope live)', () => {
    const ctx: RuleContext = { resources: [], providers: [], org: emptyOrg(), live: { mfaEnabled: false } };
    expect(runRules([rule], ctx, { scope: 'organization', live: false })).toEqual({
      findings: [],
      unverified: [],
      crashes: [],
    });
  });
});
