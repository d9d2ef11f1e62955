import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rule } from '../../src/rules/rg003-root-deny-scp-ineffective.js';
import { buildOrgModel } from '../../src/load/org-builder.js';
import { loadTerraform } from '../../src/load/terraform.js';
import type { LiveFacts, RuleReport } from '../../src/rules/rule.js';
import { scan } from '../../src/scan.js';
import { testRule } from '../helpers/rule-tester.js';
import { writeTree } from '../helpers/sources.js';
import { CONDITIONAL_DENY_LEAVING, ORG, ROOT_ID, attach, jsonencodeScp, ou } from '../helpers/terraform.js';

function scp(name: string, statement: string): string {
  return (
    `resource "aws_organizations_policy" "${name}" {
  name    = "${name}"
  content = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statement}]
  })
}
` + attach(name, `aws_organizations_policy.${name}.id`, ROOT_ID)
  );
}

function provider(region: string, alias?: string): string {
  return `provider "aws" {\n${alias !== undefined ? `  alias  = "${alias}"\n` : ''}  region = "${region}"\n}\n`;
}

/** A root-deny SCP naming the root users of the given ARN pattern, attached to the root. */
function partitionScp(pattern: string): string {
  return scp(
    'r',
    `{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = "${pattern}" } }
    }`,
  );
}

testRule(rule, {
  valid: [
    {
      name: 'a resource control policy takes a Principal: not judged as an SCP',
      files: {
        'org.tf': ORG,
        'rcp.tf': `resource "aws_organizations_policy" "rcp" {
  name = "rcp"
  type = "RESOURCE_CONTROL_POLICY"
  content = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
    }]
  })
}
`,
      },
    },
    {
      name: "a root deny exempting an admin role of a named account still denies that account's root user",
      files: {
        'org.tf': ORG,
        'scp.tf': scp(
          'r',
          `{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = {
        StringLike    = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }
        ArnNotLike    = { "aws:PrincipalArn" = "arn:aws:iam::222222222222:role/BreakGlass" }
      }
    }`,
        ),
      },
    },
    {
      name: 'a quarantine SCP that denies everything to a suspended OU is not a failed root deny',
      files: {
        'org.tf': ORG + ou('suspended'),
        'scp.tf': `data "aws_iam_policy_document" "deny_all" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_organizations_policy" "deny_all" {
  name    = "deny-all-access"
  content = data.aws_iam_policy_document.deny_all.json
}
${attach('suspended', 'aws_organizations_policy.deny_all.id', 'aws_organizations_organizational_unit.suspended.id')}`,
      },
    },
    {
      name: 'partition: a GovCloud organization whose SCP names arn:aws-us-gov:iam::*:root',
      files: {
        'providers.tf': provider('us-gov-west-1'),
        'org.tf': ORG,
        'scp.tf': partitionScp('arn:aws-us-gov:iam::*:root'),
      },
    },
    {
      name: 'partition: arn:*:iam::*:root covers every partition',
      files: {
        'providers.tf': provider('cn-north-1'),
        'org.tf': ORG,
        'scp.tf': partitionScp('arn:*:iam::*:root'),
      },
    },
    {
      name: 'partition: a commercial region and arn:aws:iam::*:root',
      files: {
        'providers.tf': provider('eu-west-1'),
        'org.tf': ORG,
        'scp.tf': partitionScp('arn:aws:iam::*:root'),
      },
    },
    {
      name: 'partition unknown (region from a variable with no value): no finding',
      files: {
        'providers.tf': 'variable "region" {}\n\nprovider "aws" {\n  region = var.region\n}\n',
        'org.tf': ORG,
        'scp.tf': partitionScp('arn:aws:iam::*:root'),
      },
    },
    {
      name: 'partition unknown (providers in two partitions): no finding',
      files: {
        'providers.tf': provider('us-east-1') + provider('us-gov-west-1', 'gov'),
        'org.tf': ORG,
        'scp.tf': partitionScp('arn:aws:iam::*:root'),
      },
    },
    {
      name: 'partition: with another statement not known statically, the mismatch is unverified',
      files: {
        'providers.tf': provider('us-gov-west-1'),
        'org.tf': ORG,
        'scp.tf':
          'variable "protected_bucket_arn" {}\n\n' +
          scp(
            'r',
            `{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
    },
    {
      Effect   = "Deny"
      Action   = "s3:DeleteBucket"
      Resource = var.protected_bucket_arn
    }`,
          ),
      },
      unverified: [/only in the aws partition .*Unless a statement not known statically covers it/],
    },
    {
      name: 'partition unknown (no provider block: the region comes from the environment): no finding',
      files: { 'org.tf': ORG, 'scp.tf': partitionScp('arn:aws:iam::*:root') },
    },
    {
      name: 'ArnLike on aws:PrincipalArn, attached',
      files: {
        'org.tf': ORG,
        'scp.tf': jsonencodeScp('r') + attach('a', 'aws_organizations_policy.r.id', ROOT_ID),
      },
    },
    {
      name: 'StringLike on aws:PrincipalArn, attached',
      files: {
        'org.tf': ORG,
        'scp.tf': jsonencodeScp('r', 'StringLike') + attach('a', 'aws_organizations_policy.r.id', ROOT_ID),
      },
    },
    {
      name: 'a region deny is not about the root user',
      files: {
        'org.tf': ORG,
        'scp.tf': scp(
          'regions',
          `{
      Effect    = "Deny"
      NotAction = ["iam:*", "sts:*"]
      Resource  = "*"
      Condition = { StringNotEquals = { "aws:RequestedRegion" = ["eu-west-1"] } }
    }`,
        ),
      },
    },
    {
      name: 'a NotAction carve-out for bucket policies only keeps credentials denied',
      files: {
        'org.tf': ORG,
        'scp.tf': scp(
          'r',
          `{
      Effect    = "Deny"
      NotAction = ["s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy"]
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
    }`,
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a root deny in an SCP over the 5,120-character limit: Organizations refuses it',
      files: {
        'org.tf': ORG,
        'scp.tf': scp(
          'r',
          `{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
    }, {
      Effect   = "Deny"
      Action   = [${Array.from({ length: 300 }, (_, i) => `"ec2:ExampleAction${i}"`).join(', ')}]
      Resource = "*"
    }`,
        ),
      },
      findings: [
        {
          line: 3,
          message:
            /^aws_organizations_policy\.r tries to deny the root user but cannot: its content is [\d,]+ characters, over the 5,120-character limit of an SCP \(whitespace counts\): Organizations refuses it/,
        },
      ],
    },
    {
      name: 'a root deny with a Principal element: Organizations rejects the SCP, so it never takes effect',
      files: {
        'org.tf': ORG,
        'scp.tf': scp(
          'r',
          `{
      Effect    = "Deny"
      Principal = "*"
      Action    = "*"
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
    }`,
        ),
      },
      findings: [
        {
          line: 3,
          resource: 'aws_organizations_policy.r',
          message:
            /^aws_organizations_policy\.r tries to deny the root user but cannot: Statement\[0\] has a Principal \(or NotPrincipal\) element, which SCPs do not support: Organizations rejects the policy/,
        },
      ],
    },
    {
      name: 'partition: arn:aws:iam::*:root in a GovCloud organization (provider region us-gov-west-1)',
      files: {
        'providers.tf': provider('us-gov-west-1'),
        'org.tf': ORG,
        'scp.tf': partitionScp('arn:aws:iam::*:root'),
      },
      findings: [
        {
          file: 'scp.tf',
          line: 3,
          resource: 'aws_organizations_policy.r',
          message:
            /only in the aws partition .*the organization is in aws-us-gov \(provider "aws" has region "us-gov-west-1"\).*arn:aws-us-gov:iam::\*:root/,
        },
      ],
    },
    {
      name: 'partition: arn:aws:iam::*:root in a China organization (every provider in cn-*)',
      files: {
        'providers.tf': provider('cn-north-1') + provider('cn-northwest-1', 'ningxia'),
        'org.tf': ORG,
        'scp.tf': partitionScp('arn:aws:iam::*:root'),
      },
      findings: [{ line: 3, message: /the organization is in aws-cn/ }],
    },
    {
      name: 'partition: the region of an AWS provider under another local name (required_providers) counts',
      files: {
        'providers.tf':
          'terraform {\n  required_providers {\n    amazon = { source = "hashicorp/aws" }\n  }\n}\n' +
          provider('cn-north-1').replace('provider "aws"', 'provider "amazon"'),
        'org.tf': ORG,
        'scp.tf': partitionScp('arn:aws:iam::*:root'),
      },
      findings: [
        { line: 3, message: /the organization is in aws-cn \(provider "amazon" has region "cn-north-1"\)/ },
      ],
    },
    {
      name: 'StringEquals with a wildcard never matches',
      files: {
        'org.tf': ORG,
        'scp.tf': jsonencodeScp('r', 'StringEquals') + attach('a', 'aws_organizations_policy.r.id', ROOT_ID),
      },
      findings: [
        { file: 'scp.tf', line: 3, resource: 'aws_organizations_policy.r', message: /StringEquals/ },
      ],
    },
    {
      name: 'aws:PrincipalType = Root is never true (the root user is "Account")',
      files: {
        'org.tf': ORG,
        'scp.tf': scp(
          'r',
          `{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = { StringEquals = { "aws:PrincipalType" = "Root" } }
    }`,
        ),
      },
      findings: [{ file: 'scp.tf', line: 3, message: /PrincipalType/ }],
    },
    {
      name: 'a root-deny SCP attached nowhere, beside an attachment of another SCP that may not exist',
      files: {
        'org.tf': ORG,
        'attached.tf': jsonencodeScp('on_root') + attach('a', 'aws_organizations_policy.on_root.id', ROOT_ID),
        'scp.tf':
          jsonencodeScp('r') +
          `
variable "deny_leaving" {
  default = false
}
` +
          CONDITIONAL_DENY_LEAVING,
      },
      findings: [{ file: 'scp.tf', line: 1, message: /attached to nothing/ }],
    },
    {
      // The table runs RG003 alone, as when RG002 is disabled: nobody else would report it.
      name: 'the only root-deny SCP attached nowhere, with RG002 not running',
      files: { 'org.tf': ORG, 'scp.tf': jsonencodeScp('r') },
      findings: [{ file: 'scp.tf', line: 1, message: /attached to nothing/ }],
    },
    {
      name: 'a copy of the root-deny SCP attached nowhere, beside one attached to the root',
      files: {
        'org.tf': ORG,
        'attached.tf': jsonencodeScp('on_root') + attach('a', 'aws_organizations_policy.on_root.id', ROOT_ID),
        'scp.tf': jsonencodeScp('r'),
      },
      findings: [{ file: 'scp.tf', line: 1, message: /attached to nothing/ }],
    },
    {
      name: 'a NotAction carve-out that leaves credential creation to root',
      files: {
        'org.tf': ORG,
        'scp.tf': scp(
          'r',
          `{
      Effect    = "Deny"
      NotAction = ["s3:PutBucketPolicy", "iam:Create*"]
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
    }`,
        ),
      },
      findings: [{ file: 'scp.tf', line: 3, message: /iam:CreateAccessKey, iam:CreateLoginProfile/ }],
    },
  ],
});

/** RG003 on a plan: the organization's ARNs (known in a plan) say which partition it is in. */
describe('RG003 partition from a plan', () => {
  const fixture = readFileSync(
    path.resolve(import.meta.dirname, '../../__fixtures__/plans/features-lose-root-sessions.json'),
    'utf8',
  );

  async function findings(plan: string): Promise<string[]> {
    const tree = writeTree({ 'plan.json': plan });
    try {
      const result = await scan({ paths: [], plans: ['plan.json'], cwd: tree.dir, rules: [rule] });
      expect(result.errors).toEqual([]);
      return result.findings.filter((f) => f.ruleId === 'RG003').map((f) => f.message);
    } finally {
      tree.cleanup();
    }
  }

  it('a commercial organization with arn:aws:iam::*:root: no finding', async () => {
    expect(await findings(fixture)).toEqual([]);
  });

  it('an aws-us-gov organization ARN with arn:aws:iam::*:root: a finding naming the ARN', async () => {
    // Only the organization's ARNs change: the provider region still says us-east-1, and the ARNs win.
    const gov = fixture.replaceAll('arn:aws:organizations::', 'arn:aws-us-gov:organizations::');
    const messages = await findings(gov);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /the organization is in aws-us-gov \(aws_organizations_organization\.org has ARN arn:aws-us-gov:organizations::111111111111:organization\/o-k7x2m4p9qa\)/,
    );
  });
});

/** RG002 reports "no root-deny SCP is attached anywhere"; RG003 must not say it a second time. */
describe('RG003 beside RG002', () => {
  const files = { 'org.tf': ORG, 'scp.tf': jsonencodeScp('r') };

  async function ruleIds(extra: Record<string, string>): Promise<string[]> {
    const tree = writeTree({ ...files, ...extra });
    try {
      const result = await scan({ paths: ['.'], cwd: tree.dir });
      expect(result.errors).toEqual([]);
      return result.findings
        .filter((f) => f.ruleId === 'RG002' || f.ruleId === 'RG003')
        .map((f) => `${f.ruleId} ${f.location?.file ?? ''}`);
    } finally {
      tree.cleanup();
    }
  }

  it('the only root-deny SCP attached nowhere: one finding, RG002', async () => {
    expect(await ruleIds({})).toEqual(['RG002 scp.tf']);
  });

  it('with RG002 disabled in the config, RG003 reports it', async () => {
    expect(await ruleIds({ '.rootguard.yml': 'rules:\n  RG002: off\n' })).toEqual(['RG003 scp.tf']);
  });
});

/** AttachPolicy takes a root, OU or account id: the organization's own id (o-…) attaches nothing. */
describe('RG003 an attachment to the organization id', () => {
  async function scanned(files: Record<string, string>) {
    const tree = writeTree(files);
    try {
      const result = await scan({ paths: ['.'], cwd: tree.dir });
      expect(result.errors).toEqual([]);
      const pick = (f: { ruleId: string }) => f.ruleId === 'RG002' || f.ruleId === 'RG003';
      return { findings: result.findings.filter(pick), unverified: result.unverified.filter(pick) };
    } finally {
      tree.cleanup();
    }
  }

  it.each([
    [
      'a reference to the organization id',
      'aws_organizations_organization.org.id',
      /target_id is aws_organizations_organization\.org\.id, the organization's own id .*Use aws_organizations_organization\.org\.roots\[0\]\.id/,
    ],
    ['its ARN', 'aws_organizations_organization.org.arn', /the organization's own arn/],
    [
      'the data source',
      'data.aws_organizations_organization.this.id',
      /Use data\.aws_organizations_organization\.this\.roots\[0\]\.id/,
    ],
    ['a literal o- id', '"o-a1b2c3d4e5"', /target_id "o-a1b2c3d4e5" is the organization's own id/],
  ])('%s: the root-deny SCP covers nothing, and the attachment line says why', async (_, target, why) => {
    const result = await scanned({
      'org.tf': ORG + 'data "aws_organizations_organization" "this" {}\n',
      'scp.tf': jsonencodeScp('r') + attach('r', 'aws_organizations_policy.r.id', target),
    });
    expect(result.findings.map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`)).toEqual([
      'RG002 scp.tf:1',
      'RG003 scp.tf:17',
    ]);
    const rg003 = result.findings.find((f) => f.ruleId === 'RG003');
    expect(rg003?.resource).toBe('aws_organizations_policy_attachment.r');
    expect(rg003?.message).toMatch(
      /^aws_organizations_policy_attachment\.r would attach aws_organizations_policy\.r, a root-deny SCP, but its target_id/,
    );
    expect(rg003?.message).toMatch(why);
    expect(rg003?.message).toMatch(
      /which AWS does not accept as a policy target \(only a root, OU or account id\)/,
    );
  });

  it('an organization declared with count: the fix names its instance', async () => {
    const result = await scanned({
      'org.tf': ORG.replace('"org" {', '"org" {\n  count = 1'),
      'scp.tf':
        jsonencodeScp('r') +
        attach('r', 'aws_organizations_policy.r.id', 'aws_organizations_organization.org[0].id'),
    });
    expect(result.findings.find((f) => f.ruleId === 'RG003')?.message).toMatch(
      /target_id is aws_organizations_organization\.org\[0\]\.id, .*Use aws_organizations_organization\.org\[0\]\.roots\[0\]\.id/,
    );
  });

  it('the root id, and an SCP that does not deny the root user, are not reported', async () => {
    const root = await scanned({
      'org.tf': ORG,
      'scp.tf': jsonencodeScp('r') + attach('r', 'aws_organizations_policy.r.id', ROOT_ID),
    });
    expect(root.findings).toEqual([]);
    const other = await scanned({
      'org.tf': ORG,
      'scp.tf':
        jsonencodeScp('r') +
        attach('r', 'aws_organizations_policy.r.id', ROOT_ID) +
        CONDITIONAL_DENY_LEAVING.replace('count     = var.deny_leaving ? 1 : 0\n', '').replace(
          '"r-ab12"',
          'aws_organizations_organization.org.id',
        ),
    });
    expect(other.findings).toEqual([]);
    expect(other.unverified).toEqual([]);
  });

  it('an SCP whose content is not known is unverified at the attachment', async () => {
    const result = await scanned({
      'org.tf': ORG,
      'scp.tf': `variable "content" {}
resource "aws_organizations_policy" "r" {
  name    = "r"
  content = var.content
}
${attach('r', 'aws_organizations_policy.r.id', 'aws_organizations_organization.org.id')}`,
    });
    expect(result.findings).toEqual([]);
    const reasons = result.unverified.filter((u) => u.ruleId === 'RG003');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]?.location).toEqual({ file: 'scp.tf', line: 8 });
    expect(reasons[0]?.reason).toMatch(
      /would attach aws_organizations_policy\.r, which may deny the root user .* but its target_id is aws_organizations_organization\.org\.id/,
    );
  });
});

/** A root deny whose conditions carve named accounts out: a hole only if they are member accounts. */
describe('RG003 accounts a root deny exempts', () => {
  const EXEMPTING = scp(
    'r',
    `{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = {
        StringLike    = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }
        StringNotLike = { "aws:PrincipalArn" = ["arn:aws:iam::222222222222:root", "arn:aws:iam::111122223333:root"] }
      }
    }, {
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = {
        ArnLike         = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }
        StringNotEquals = { "aws:PrincipalAccount" = ["222222222222", "111122223333", "333333333333"] }
      }
    }`,
  );

  async function reports(live?: LiveFacts): Promise<RuleReport[]> {
    const tree = writeTree({ 'org.tf': ORG, 'scp.tf': EXEMPTING });
    try {
      const load = await loadTerraform([tree.dir], { cwd: tree.dir, jobs: 1 });
      expect(load.errors).toEqual([]);
      const org = buildOrgModel(load.resources);
      return rule.check({
        resources: load.resources,
        providers: load.providers,
        org,
        ...(live ? { live } : {}),
      });
    } finally {
      tree.cleanup();
    }
  }

  it('statically, which account is the management account is not known: unverified, naming both exempted accounts', async () => {
    const found = await reports();
    expect(found.filter((r) => r.kind === 'finding')).toEqual([]);
    const doubts = found.filter((r) => r.kind === 'unverified');
    expect(doubts).toHaveLength(1);
    expect(doubts[0]?.kind === 'unverified' && doubts[0].reason).toMatch(
      /^aws_organizations_policy\.r: the condition of Statement\[0\], Statement\[1\] exempts the root user of accounts 111122223333, 222222222222, whose root user is then unrestricted unless it is the management account \(which SCPs never restrict\)/,
    );
  });

  it('with the management account known (live check), the others are member accounts: a finding; the management one is dropped', async () => {
    const found = await reports({ managementAccountId: '111122223333' });
    expect(found.filter((r) => r.kind === 'unverified')).toEqual([]);
    const holes = found.filter((r) => r.kind === 'finding');
    expect(holes).toHaveLength(1);
    expect(holes[0]?.kind === 'finding' && holes[0].message).toMatch(
      /^aws_organizations_policy\.r: the condition of Statement\[0\], Statement\[1\] exempts the root user of account 222222222222, a member account whose root user is then unrestricted; if that is a deliberate break-glass exemption, suppress this finding with the reason$/,
    );
  });

  it('an account known to be a member is a finding, the other one stays unverified', async () => {
    const found = await reports({ members: [{ accountId: '222222222222' }] });
    expect(found.map((r) => r.kind).sort()).toEqual(['finding', 'unverified']);
    const finding = found.find((r) => r.kind === 'finding');
    expect(finding?.kind === 'finding' && finding.message).toMatch(
      /exempts the root user of account 222222222222, a member account/,
    );
    const doubt = found.find((r) => r.kind === 'unverified');
    expect(doubt?.kind === 'unverified' && doubt.reason).toMatch(
      /exempts the root user of account 111122223333, whose root user/,
    );
  });
});
