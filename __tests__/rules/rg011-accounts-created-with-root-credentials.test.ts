import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadPlan } from '../../src/load/plan.js';
import { buildOrgModel } from '../../src/load/org-builder.js';
import { rule } from '../../src/rules/rg011-accounts-created-with-root-credentials.js';
import { scan } from '../../src/scan.js';
import { testRule } from '../helpers/rule-tester.js';
import { FEATURES, ORG, ROOT_ID, UNREAD_MODULE, account } from '../helpers/terraform.js';

const root = path.resolve(import.meta.dirname, '../..');

function features(list: string): string {
  return `resource "aws_iam_organizations_features" "root" {\n  enabled_features = ${list}\n}\n`;
}

testRule(rule, {
  valid: [
    {
      name: 'accounts created with RootCredentialsManagement and RootSessions enabled',
      files: { 'org.tf': ORG + FEATURES, 'accounts.tf': account('prod', ROOT_ID) + account('dev', ROOT_ID) },
    },
    {
      name: 'RootCredentialsManagement alone is what new accounts need',
      files: {
        'org.tf': ORG + features('["RootCredentialsManagement"]'),
        'accounts.tf': account('prod', ROOT_ID),
      },
    },
    {
      name: 'features declared in another stack of the estate count',
      files: {
        'org/main.tf': ORG,
        'iam/features.tf': FEATURES,
        'accounts/main.tf': account('prod', '"r-ab12"'),
      },
    },
    {
      name: 'no accounts created: the organization without features is RG004 business, not this rule',
      files: { 'org.tf': ORG },
    },
    {
      name: 'the fixed example',
      files: { 'main.tf': `${rule.example?.good ?? ''}\n` },
    },
    {
      name: 'enabled_features from a variable with no value is unverified',
      files: {
        'org.tf': `variable "features" {\n  type = list(string)\n}\n\n${ORG}${features('var.features')}`,
        'accounts.tf': account('prod', ROOT_ID),
      },
      unverified: [
        /whether new accounts get root credentials is not known: enabled_features of aws_iam_organizations_features\.root is not known/,
      ],
    },
    {
      name: 'no features resource in the code, but an uninitialised module may declare it: unverified',
      files: { 'org.tf': ORG + UNREAD_MODULE, 'accounts.tf': account('prod', ROOT_ID) },
      unverified: [
        /whether new accounts get root credentials is not known: no aws_iam_organizations_features in the scanned sources, but module\.scps/,
      ],
    },
    {
      name: 'an account-vending stack that declares neither the organization nor its features: unverified, as RG004',
      files: { 'accounts.tf': account('prod', '"ou-ab12-11111111"') + account('dev', '"ou-ab12-11111111"') },
      unverified: [
        /^whether new accounts get root credentials is not known: the scanned sources declare neither aws_organizations_organization nor aws_iam_organizations_features; scan the stack that manages the organization with these accounts$/,
      ],
    },
  ],
  invalid: [
    {
      name: 'an account and no aws_iam_organizations_features: points at the account block',
      files: { 'org.tf': ORG, 'accounts.tf': account('prod', ROOT_ID) },
      findings: [
        {
          file: 'accounts.tf',
          line: 1,
          resource: 'aws_organizations_account.prod',
          message:
            /aws_organizations_account\.prod creates a member account while no aws_iam_organizations_features enables RootCredentialsManagement: .*root user whose password can be recovered/,
        },
      ],
    },
    {
      name: 'features with RootSessions only: one finding per account',
      files: {
        'org.tf': ORG + features('["RootSessions"]'),
        'accounts.tf': account('prod', ROOT_ID) + '\n' + account('dev', ROOT_ID),
      },
      findings: [
        {
          line: 1,
          resource: 'aws_organizations_account.prod',
          message: /aws_iam_organizations_features\.root does not enable RootCredentialsManagement/,
        },
        { line: 7, resource: 'aws_organizations_account.dev' },
      ],
    },
    {
      name: 'the instances of one for_each block are one finding that names them',
      files: {
        'org.tf': ORG,
        'accounts.tf': `resource "aws_organizations_account" "team" {
  for_each  = toset(["analytics", "payments"])
  name      = each.key
  email     = "aws+\${each.key}@example.com"
  parent_id = ${ROOT_ID}
}
`,
      },
      findings: [
        {
          file: 'accounts.tf',
          line: 1,
          resource: 'aws_organizations_account.team',
          message:
            /creates 2 member accounts \(aws_organizations_account\.team\["analytics"\], aws_organizations_account\.team\["payments"\]\)/,
        },
      ],
    },
    {
      name: 'a large estate: ten accounts named, the rest summed up in one more finding',
      files: {
        'org.tf': ORG,
        'accounts.tf': Array.from({ length: 13 }, (_, i) =>
          account(`a${String(i).padStart(2, '0')}`, ROOT_ID),
        ).join('\n'),
      },
      findings: [
        ...Array.from({ length: 10 }, (_, i) => ({
          resource: `aws_organizations_account.a${String(i).padStart(2, '0')}`,
        })),
        {
          resource: 'aws_organizations_account.a10',
          message:
            /^3 more member accounts are created the same way .*a10, aws_organizations_account\.a11, aws_organizations_account\.a12\.$/,
        },
      ],
    },
    {
      name: 'the bad example',
      files: { 'org.tf': ORG, 'main.tf': `${rule.example?.bad ?? ''}\n` },
      findings: [{ file: 'main.tf', line: 1, resource: 'aws_organizations_account.sandbox' }],
    },
  ],
});

describe('RG011 on plans judges the organization after apply', () => {
  const fixture = (name: string): string => `__fixtures__/plans/${name}.json`;

  it('creating accounts while the same plan enables the features is not a finding (loadPlan + buildOrgModel)', async () => {
    const plan = await loadPlan(fixture('accounts-created-while-features-enabled'), root);
    expect(plan.errors).toEqual([]);
    const created = plan.after.filter((r) => r.type === 'aws_organizations_account' && r.action === 'create');
    expect(created.map((r) => r.address)).toEqual(['aws_organizations_account.sandbox']);
    // Before the plan no features exist: judged on the before state, it would be a finding.
    const before = buildOrgModel(plan.before);
    expect(before.iamFeatures).toBeUndefined();
    expect(rule.check({ resources: plan.after, providers: plan.providers, org: before })).toHaveLength(1);
    const after = buildOrgModel(plan.after);
    expect(
      rule.check({ resources: plan.after, providers: plan.providers, org: after, orgBefore: before }),
    ).toEqual([]);
  });

  it('the same through scan({ plans })', async () => {
    const result = await scan({
      paths: [],
      plans: [fixture('accounts-created-while-features-enabled')],
      cwd: root,
      rules: [rule],
      config: false,
    });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified.filter((u) => u.ruleId === rule.id)).toEqual([]);
  });

  it('a plan that removes the features while creating accounts: findings for the new accounts only', async () => {
    const result = await scan({
      paths: [],
      plans: [fixture('accounts-created-while-features-removed')],
      cwd: root,
      rules: [rule],
      config: false,
    });
    expect(result.errors).toEqual([]);
    const found = result.findings.map((f) => ({
      resource: f.resource,
      file: f.location?.file,
      source: f.source,
    }));
    expect(found).toEqual([
      {
        resource: 'aws_organizations_account.sandbox',
        file: fixture('accounts-created-while-features-removed'),
        source: 'plan',
      },
      {
        resource: 'aws_organizations_account.team',
        file: fixture('accounts-created-while-features-removed'),
        source: 'plan',
      },
    ]);
    // The existing account (a no-op in the plan) already has its root user: not this rule's business.
    expect(result.findings.some((f) => f.resource === 'aws_organizations_account.legacy')).toBe(false);
    expect(result.findings[1]?.message).toMatch(/creates 2 member accounts/);
  });
});
