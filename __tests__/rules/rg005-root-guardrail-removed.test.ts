import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadPlan } from '../../src/load/plan.js';
import { buildOrgModel } from '../../src/load/org-builder.js';
import { rule } from '../../src/rules/rg005-root-guardrail-removed.js';
import type { RuleReport } from '../../src/rules/rule.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Loads a plan fixture, builds the organization before and after it, and runs RG005 directly. */
async function check(name: string): Promise<{
  findings: Extract<RuleReport, { kind: 'finding' }>[];
  unverified: Extract<RuleReport, { kind: 'unverified' }>[];
}> {
  const plan = await loadPlan(`__fixtures__/plans/${name}.json`, root);
  expect(plan.errors).toEqual([]);
  const reports = rule.check({
    resources: plan.after,
    providers: plan.providers,
    org: buildOrgModel(plan.after),
    orgBefore: buildOrgModel(plan.before),
  });
  return {
    findings: reports.filter((r): r is Extract<RuleReport, { kind: 'finding' }> => r.kind === 'finding'),
    unverified: reports.filter(
      (r): r is Extract<RuleReport, { kind: 'unverified' }> => r.kind === 'unverified',
    ),
  };
}

interface ValidCase {
  readonly name: string;
  readonly plan: string;
  readonly unverified?: readonly RegExp[];
}

interface InvalidCase {
  readonly name: string;
  readonly plan: string;
  readonly findings: readonly {
    readonly resource: string;
    readonly line?: number;
    readonly message: RegExp;
  }[];
}

const valid: ValidCase[] = [
  {
    name: 'an organization created with everything in one plan (nothing existed to remove)',
    plan: 'org-created-in-one-plan',
  },
  {
    name: 'the root-deny SCP replaced with the same content, its attachment re-created',
    plan: 'scp-replaced',
  },
  { name: 'an OU attachment removed while a root attachment is added', plan: 'scp-attachment-widened' },
  { name: 'an attachment forgotten by a removed block (it stays in AWS)', plan: 'scp-attachment-forgotten' },
  {
    name: 'an attachment with skip_destroy = true deleted: Terraform only forgets it, AWS keeps it attached',
    plan: 'scp-attachment-deleted-skip-destroy',
  },
  { name: 'an errored plan that holds no guardrail change', plan: 'errored' },
  {
    name: 'SCP content known only after apply is unverified, never guessed',
    plan: 'scp-content-unknown',
    unverified: [
      /may lose its root-user deny.*the content of aws_organizations_policy\.deny_root is not known until apply \(known after apply: aws_organizations_policy\.deny_root\.content\)/,
    ],
  },
  {
    name: 'a root-deny SCP destroyed with no attachment in the sources is unverified',
    plan: 'scp-unattached-deleted',
    unverified: [
      /^aws_organizations_policy\.deny_root, an SCP that denies the root user, is destroyed.*cannot be checked/,
    ],
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'the Control Tower root-deny control disabled on an OU that holds an account',
    plan: 'control-tower-control-deleted',
    findings: [
      {
        resource: 'aws_controltower_control.workloads',
        message:
          /^OU "workloads" \(aws_organizations_organizational_unit\.workloads\) loses its root-user deny: today aws_controltower_control\.workloads is attached to it; after apply aws_controltower_control\.workloads is destroyed, and no SCP that denies the root user applies to it\.$/,
      },
    ],
  },
  {
    name: 'an SCP attachment deleted from an OU that holds an account',
    plan: 'scp-attachment-deleted',
    findings: [
      {
        resource: 'aws_organizations_policy_attachment.workloads',
        message:
          /^OU "workloads" \(aws_organizations_organizational_unit\.workloads\) loses its root-user deny: today aws_organizations_policy\.deny_root is attached to it by aws_organizations_policy_attachment\.workloads; after apply aws_organizations_policy_attachment\.workloads is destroyed, and no SCP that denies the root user applies to it\.$/,
      },
    ],
  },
  {
    name: 'aws_iam_organizations_features loses RootSessions',
    plan: 'features-lose-root-sessions',
    findings: [
      {
        resource: 'aws_iam_organizations_features.root',
        message:
          /^aws_iam_organizations_features\.root disables RootSessions: enabled_features is \["RootCredentialsManagement", "RootSessions"\] today and will be \["RootCredentialsManagement"\] after apply\.$/,
      },
    ],
  },
  {
    name: 'the organization drops iam.amazonaws.com and SERVICE_CONTROL_POLICY',
    plan: 'org-settings-weakened',
    findings: [
      {
        resource: 'aws_organizations_organization.org',
        message:
          /removes iam\.amazonaws\.com from aws_service_access_principals.*after apply \(\["sso\.amazonaws\.com"\]\)/,
      },
      {
        resource: 'aws_organizations_organization.org',
        message: /disables SERVICE_CONTROL_POLICY.*including aws_organizations_policy\.deny_root/,
      },
    ],
  },
  {
    name: 'a module-nested SCP rewritten so that it no longer denies the root user',
    plan: 'module-nested-scp',
    findings: [
      {
        resource: 'module.guardrails.aws_organizations_policy.deny_root',
        message:
          /^The organization root \(every member account\) loses its root-user deny: today module\.guardrails\.aws_organizations_policy\.deny_root is attached to it by module\.guardrails\.aws_organizations_policy_attachment\.root; after apply module\.guardrails\.aws_organizations_policy\.deny_root no longer denies the root user \(none of its statements denies the root user\)/,
      },
    ],
  },
  {
    name: 'the SCP replaced (["create","delete"]) by one whose condition can never match',
    plan: 'scp-replaced-without-deny',
    findings: [
      {
        resource: 'aws_organizations_policy.deny_root',
        message:
          /aws_organizations_policy\.deny_root is replaced by a policy that no longer denies the root user \(it tries to but cannot: .*StringEquals/,
      },
    ],
  },
  {
    name: 'an account moved out of the only OU the SCP is attached to',
    plan: 'account-moved-out',
    findings: [
      {
        resource: 'aws_organizations_account.prod',
        message:
          /^Account "prod" \(aws_organizations_account\.prod\) loses its root-user deny: today .* attached to OU "workloads" .* above it .*; after apply it moves from OU "workloads" \(aws_organizations_organizational_unit\.workloads\) to OU "sandbox"/,
      },
    ],
  },
  {
    name: 'a Terraform 0.12 plan destroying the root attachment',
    plan: 'legacy-0.12-attachment-deleted',
    findings: [
      {
        resource: 'aws_organizations_policy_attachment.root',
        line: 1,
        message:
          /^The organization root \(every member account\) loses its root-user deny: .*aws_organizations_policy_attachment\.root is destroyed/,
      },
    ],
  },
  {
    name: 'an SCP with sensitive arguments whose content stops denying the root user',
    plan: 'sensitive-value',
    findings: [
      {
        resource: 'aws_organizations_policy.deny_root',
        message: /aws_organizations_policy\.deny_root no longer denies the root user/,
      },
    ],
  },
];

describe(`${rule.id} ${rule.name}`, () => {
  describe('valid', () => {
    it.each(valid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { findings, unverified } = await check(c.plan);
      expect(findings).toEqual([]);
      expect(unverified).toHaveLength(c.unverified?.length ?? 0);
      for (const pattern of c.unverified ?? [])
        expect(unverified.some((u) => pattern.test(u.reason))).toBe(true);
    });
  });

  describe('invalid', () => {
    it.each(invalid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { findings, unverified } = await check(c.plan);
      expect(unverified).toEqual([]);
      expect(findings).toHaveLength(c.findings.length);
      const unmatched = [...findings];
      for (const want of c.findings) {
        const index = unmatched.findIndex(
          (f) =>
            f.resource === want.resource &&
            want.message.test(f.message) &&
            (want.line === undefined || f.location?.line === want.line),
        );
        if (index < 0)
          throw new Error(
            `no finding matches ${want.resource} ${want.message.source}; got ${JSON.stringify(findings, null, 2)}`,
          );
        expect(unmatched[index]).toMatchObject({
          source: 'plan',
          location: { file: `__fixtures__/plans/${c.plan}.json` },
        });
        unmatched.splice(index, 1);
      }
    });
  });

  it('points an unverified result at the SCP whose content is unknown', async () => {
    const { unverified } = await check('scp-content-unknown');
    expect(unverified).toEqual([
      expect.objectContaining({
        resource: 'aws_organizations_policy.deny_root',
        location: { file: '__fixtures__/plans/scp-content-unknown.json', line: 1 },
      }),
    ]);
  });

  it('never prints a sensitive value', async () => {
    const { findings, unverified } = await check('sensitive-value');
    expect(findings.length).toBeGreaterThan(0);
    expect(JSON.stringify([findings, unverified])).not.toMatch(/TOPSECRET/);
  });

  it('says nothing without a "before" organization (pure HCL)', async () => {
    const plan = await loadPlan('__fixtures__/plans/scp-attachment-deleted.json', root);
    expect(rule.check({ resources: plan.after, providers: [], org: buildOrgModel(plan.after) })).toEqual([]);
  });

  it('carries complete metadata', () => {
    expect(rule).toMatchObject({
      id: 'RG005',
      name: 'root-guardrail-removed',
      severity: 'critical',
      scope: 'organization',
    });
    expect(rule.example?.bad).toMatch(/will be destroyed/);
    expect(rule.example?.good).toMatch(/moved \{/);
    expect(rule.docs.length).toBeGreaterThan(0);
  });
});
