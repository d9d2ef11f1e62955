import { describe, expect, it } from '@jest/globals';
import { loadPlanText } from '../../src/load/plan.js';
import { buildOrgModel } from '../../src/load/org-builder.js';
import { rule } from '../../src/rules/rg007-mfa-delete-needs-root.js';
import type { RuleReport } from '../../src/rules/rule.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'versioning without MFA delete',
      files: {
        'main.tf': `resource "aws_s3_bucket_versioning" "logs" {
  bucket = "logs"
  versioning_configuration {
    status = "Enabled"
  }
}
`,
      },
    },
    {
      name: 'MFA delete explicitly disabled',
      files: {
        'main.tf': `resource "aws_s3_bucket_versioning" "logs" {
  bucket = "logs"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Disabled"
  }
}
`,
      },
    },
    {
      name: 'a commented-out mfa_delete is not configuration (#, // and /* */)',
      files: {
        'main.tf': `resource "aws_s3_bucket_versioning" "logs" {
  bucket = "logs"
  versioning_configuration {
    status = "Enabled"
    # mfa_delete = "Enabled"
    // mfa_delete = "Enabled"
    /* mfa_delete = "Enabled" */
  }
}
`,
      },
    },
    {
      name: 'the fixed example: enabled by hand, kept out of Terraform with ignore_changes, Object Lock',
      files: { 'main.tf': `${rule.example?.good ?? ''}\n` },
    },
    {
      name: 'the legacy versioning block without mfa_delete',
      files: {
        'main.tf': `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
  versioning {
    enabled = true
  }
}
`,
      },
    },
    {
      name: 'mfa_delete from a variable with no value is unverified, not a finding',
      files: {
        'main.tf': `variable "mfa_delete" {
  type = string
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = "logs"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = var.mfa_delete
  }
}
`,
      },
      unverified: [/aws_s3_bucket_versioning\.logs enables MFA delete is not known/],
    },
  ],
  invalid: [
    {
      name: 'aws_s3_bucket_versioning with mfa_delete = "Enabled" points at the mfa_delete line',
      files: {
        'main.tf': `resource "aws_s3_bucket_versioning" "audit" {
  bucket = "audit"
  mfa    = "arn:aws:iam::111111111111:mfa/root-account-mfa-device 123456"

  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
`,
      },
      findings: [
        {
          file: 'main.tf',
          line: 7,
          resource: 'aws_s3_bucket_versioning.audit',
          message:
            /sets versioning_configuration \{ mfa_delete = "Enabled" \}.*root user.*root MFA.*by hand as root.*ignore_changes.*Object Lock.*SCP/,
        },
      ],
    },
    {
      name: 'the fixed-example bad snippet',
      files: { 'main.tf': `${rule.example?.bad ?? ''}\n` },
      findings: [{ file: 'main.tf', line: 6 }],
    },
    {
      name: 'the legacy aws_s3_bucket versioning { mfa_delete = true }',
      files: {
        'main.tf': `resource "aws_s3_bucket" "audit" {
  bucket = "audit"

  versioning {
    enabled    = true
    mfa_delete = true
  }
}
`,
      },
      findings: [
        {
          file: 'main.tf',
          line: 6,
          resource: 'aws_s3_bucket.audit',
          message: /versioning \{ mfa_delete = true \}/,
        },
      ],
    },
    {
      name: 'a commented line before the real one: the finding points at the real one',
      files: {
        'main.tf': `resource "aws_s3_bucket_versioning" "audit" {
  bucket = "audit"
  versioning_configuration {
    # mfa_delete = "Disabled"
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
`,
      },
      findings: [{ file: 'main.tf', line: 6 }],
    },
    {
      name: 'the value comes from a variable default',
      files: {
        'variables.tf': 'variable "mfa_delete" {\n  default = "Enabled"\n}\n',
        'main.tf': `resource "aws_s3_bucket_versioning" "audit" {
  bucket = "audit"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = var.mfa_delete
  }
}
`,
      },
      findings: [{ file: 'main.tf', line: 5 }],
    },
    {
      name: 'a .tf.json configuration, where the nested block is a single object',
      files: {
        'main.tf.json': `{
  "resource": {
    "aws_s3_bucket_versioning": {
      "audit": {
        "bucket": "audit",
        "versioning_configuration": {
          "status": "Enabled",
          "mfa_delete": "Enabled"
        }
      }
    }
  }
}
`,
      },
      findings: [{ file: 'main.tf.json', line: 8, resource: 'aws_s3_bucket_versioning.audit' }],
    },
    {
      name: 'a dynamic versioning_configuration block',
      files: {
        'main.tf': `resource "aws_s3_bucket_versioning" "audit" {
  bucket = "audit"
  dynamic "versioning_configuration" {
    for_each = [1]
    content {
      status     = "Enabled"
      mfa_delete = "Enabled"
    }
  }
}
`,
      },
      findings: [{ file: 'main.tf', line: 7, resource: 'aws_s3_bucket_versioning.audit' }],
    },
  ],
});

/** A plan with one managed resource change, in `terraform show -json` form. */
function onePlan(
  type: string,
  change: {
    actions: string[];
    before: object | null;
    after: object;
    after_unknown: object;
    sensitive: object;
  },
): string {
  const address = `${type}.audit`;
  const resource = {
    address,
    mode: 'managed',
    type,
    name: 'audit',
    provider_name: 'registry.terraform.io/hashicorp/aws',
  };
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: {
      root_module: {
        resources: [
          { ...resource, schema_version: 0, values: change.after, sensitive_values: change.sensitive },
        ],
      },
    },
    resource_changes: [
      {
        ...resource,
        change: {
          actions: change.actions,
          before: change.before,
          after: change.after,
          after_unknown: change.after_unknown,
          before_sensitive: change.before === null ? false : change.sensitive,
          after_sensitive: change.sensitive,
        },
      },
    ],
    configuration: { root_module: {} },
    timestamp: '2025-03-14T09:26:53Z',
    applyable: true,
    complete: true,
    errored: false,
  });
}

/** A plan with one aws_s3_bucket_versioning change. */
function versioningPlan(actions: string[], before: string | null, after: string): string {
  const config = (mfa: string): object => ({
    bucket: 'audit',
    expected_bucket_owner: '',
    id: 'audit',
    mfa: null,
    versioning_configuration: [{ mfa_delete: mfa, status: 'Enabled' }],
  });
  return onePlan('aws_s3_bucket_versioning', {
    actions,
    before: before === null ? null : config(before),
    after: config(after),
    after_unknown: { versioning_configuration: [{}] },
    sensitive: { versioning_configuration: [{}] },
  });
}

function run(text: string): RuleReport[] {
  const plan = loadPlanText(text, 'plan.json');
  expect(plan.errors).toEqual([]);
  return rule.check({ resources: plan.after, providers: plan.providers, org: buildOrgModel(plan.after) });
}

describe('RG007 on plans: only a change that sends MFA delete to S3 needs root', () => {
  it.each([
    ['a create that enables it', ['create'], null, 'Enabled', /creates versioning_configuration/],
    ['an update that enables it', ['update'], 'Disabled', 'Enabled', /changes the versioning of/],
    ['an update that turns it off', ['update'], 'Enabled', 'Disabled', /turns MFA delete off/],
  ] as const)('%s is a finding', (_name, actions, before, after, message) => {
    const reports = run(versioningPlan([...actions], before, after));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      kind: 'finding',
      resource: 'aws_s3_bucket_versioning.audit',
      source: 'plan',
    });
    expect(reports[0]?.kind === 'finding' && message.test(reports[0].message)).toBe(true);
  });

  it('a no-op on a bucket whose MFA delete was enabled by hand is not a finding', () => {
    expect(run(versioningPlan(['no-op'], 'Enabled', 'Enabled'))).toEqual([]);
  });
});

/** A plan creating one aws_s3_bucket; `versioning` as the plan gives it, and whether it is unknown. */
function bucketPlan(versioning: unknown, unknown: boolean): string {
  const after = {
    bucket: 'audit',
    force_destroy: false,
    ...(versioning === undefined ? {} : { versioning }),
  };
  return onePlan('aws_s3_bucket', {
    actions: ['create'],
    before: null,
    after,
    after_unknown: { id: true, arn: true, ...(unknown ? { versioning: true } : { versioning: [{}] }) },
    sensitive: {},
  });
}

describe('RG007 on plans: aws_s3_bucket versioning', () => {
  it('computed by the provider (not configured, so wholly unknown) enables nothing: silent, not unverified', () => {
    expect(run(bucketPlan(undefined, true))).toEqual([]);
  });

  it('configured with mfa_delete = true is still a finding', () => {
    const reports = run(bucketPlan([{ enabled: true, mfa_delete: true }], false));
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ kind: 'finding', resource: 'aws_s3_bucket.audit', source: 'plan' });
  });
});
