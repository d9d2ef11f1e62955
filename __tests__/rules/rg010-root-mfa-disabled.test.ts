import { describe, expect, it } from '@jest/globals';
import { runRules } from '../../src/engine.js';
import { emptyOrg } from '../../src/model/org.js';
import { rule as rg001 } from '../../src/rules/rg001-root-access-key.js';
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

describe('RG010 and RG001 on member accounts (optional member audit)', () => {
  const members = [
    {
      accountId: '222222222222',
      name: 'payments',
      passwordPresent: true,
      mfaEnabled: false,
      accessKeysPresent: false,
    },
    {
      accountId: '333333333333',
      name: 'sandbox',
      passwordPresent: false,
      mfaEnabled: false,
      accessKeysPresent: true,
    },
    { accountId: '444444444444', passwordPresent: true, mfaEnabled: true },
    { accountId: '555555555555' }, // facts not read: the loader reported why
  ];
  const ctx = {
    resources: [],
    providers: [],
    org: emptyOrg(),
    live: { managementAccountId: '111111111111', mfaEnabled: true, members },
  };

  it('RG010: a member root with a password and no MFA, and only that one', () => {
    expect(rule.check(ctx)).toEqual([
      {
        kind: 'finding',
        message: expect.stringMatching(/member account 222222222222 "payments" has a password and no MFA/),
        resource: 'arn:aws:iam::222222222222:root',
        source: 'live',
      },
    ]);
  });

  it('RG001: a member root with access keys, and only that one', () => {
    expect(rg001.check(ctx)).toEqual([
      {
        kind: 'finding',
        message: expect.stringMatching(/member account 333333333333 "sandbox" has access keys/),
        resource: 'arn:aws:iam::333333333333:root',
        source: 'live',
      },
    ]);
  });
});
