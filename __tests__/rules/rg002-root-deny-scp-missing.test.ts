import { rule } from '../../src/rules/rg002-root-deny-scp-missing.js';
import { testRule } from '../helpers/rule-tester.js';
import { FEATURES, ORG, ROOT_ID, account, attach, jsonencodeScp, ou } from '../helpers/terraform.js';

const HEREDOC_SCP = `resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Deny",
        "Action": "*",
        "Resource": "*",
        "Condition": { "StringLike": { "aws:PrincipalArn": ["arn:aws:iam::*:root"] } }
      }]
    }
  EOT
}
`;

const REGION_DENY = `resource "aws_organizations_policy" "regions" {
  name = "regions"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      NotAction = ["iam:*", "organizations:*", "sts:*"]
      Resource  = "*"
      Condition = { StringNotEquals = { "aws:RequestedRegion" = ["eu-west-1"] } }
    }]
  })
}
`;

testRule(rule, {
  valid: [
    {
      name: 'a workload repository with no organization resources is not told it lacks SCPs',
      files: { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "app-data"\n}\n' },
    },
    {
      name: 'jsonencode SCP attached to the root',
      files: {
        'org.tf': ORG + FEATURES,
        'scp.tf': jsonencodeScp('deny_root') + attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID),
      },
    },
    {
      name: 'heredoc SCP attached to the root',
      files: {
        'org.tf': ORG,
        'scp.tf': HEREDOC_SCP + attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID),
      },
    },
    {
      name: 'attached to every OU that holds accounts',
      files: {
        'org.tf':
          ORG +
          ou('prod') +
          ou('dev') +
          account('app', 'aws_organizations_organizational_unit.prod.id') +
          account('test', 'aws_organizations_organizational_unit.dev.id'),
        'scp.tf':
          jsonencodeScp('deny_root') +
          attach(
            'prod',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.prod.id',
          ) +
          attach(
            'dev',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.dev.id',
          ),
      },
    },
    {
      name: 'an account in a nested OU is covered by an attachment on the parent OU',
      files: {
        'org.tf':
          ORG +
          ou('workloads') +
          ou('prod', 'aws_organizations_organizational_unit.workloads.id') +
          account('app', 'aws_organizations_organizational_unit.prod.id'),
        'scp.tf':
          jsonencodeScp('deny_root') +
          attach(
            'w',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.workloads.id',
          ),
      },
    },
    {
      name: 'estate: the SCP stack attaches to a literal root id, the organization lives in another stack',
      files: {
        'org/main.tf': ORG + ou('prod'),
        'scps/main.tf':
          jsonencodeScp('deny_root') + attach('root', 'aws_organizations_policy.deny_root.id', '"r-ab12"'),
      },
    },
  ],
  invalid: [
    {
      name: 'an organization with no SCP at all',
      files: { 'org.tf': ORG + FEATURES },
      findings: [{ file: 'org.tf', line: 1, message: /No service control policy denies the root user/ }],
    },
    {
      name: 'only a region-deny SCP (a decoy) is attached',
      files: {
        'org.tf': ORG,
        'scp.tf': REGION_DENY + attach('r', 'aws_organizations_policy.regions.id', ROOT_ID),
      },
      findings: [{ file: 'org.tf', line: 1 }],
    },
    {
      name: 'SCP attached only to one of two OUs holding accounts',
      files: {
        'org.tf':
          ORG +
          ou('prod') +
          ou('sandbox') +
          account('app', 'aws_organizations_organizational_unit.prod.id') +
          account('play', 'aws_organizations_organizational_unit.sandbox.id'),
        'scp.tf':
          jsonencodeScp('deny_root') +
          attach(
            'prod',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.prod.id',
          ),
      },
      // ORG is 5 lines and each OU 4: sandbox starts at line 10.
      findings: [
        {
          file: 'org.tf',
          line: 10,
          resource: 'aws_organizations_organizational_unit.sandbox',
          message: /OU "sandbox".*not covered/,
        },
      ],
    },
    {
      name: 'without declared accounts, an OU left out is named',
      files: {
        'org.tf': ORG + ou('prod') + ou('sandbox'),
        'scp.tf':
          jsonencodeScp('deny_root') +
          attach(
            'prod',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.prod.id',
          ),
      },
      findings: [{ resource: 'aws_organizations_organizational_unit.sandbox' }],
    },
    {
      name: 'a root-deny SCP that is attached to nothing',
      files: { 'org.tf': ORG, 'scp.tf': jsonencodeScp('deny_root') },
      findings: [{ file: 'scp.tf', line: 1, message: /not attached to anything/ }],
    },
    {
      name: 'StringEquals with a wildcard is not a root deny, so nothing denies root',
      files: {
        'org.tf': ORG,
        'scp.tf':
          jsonencodeScp('deny_root', 'StringEquals') +
          attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID),
      },
      findings: [{ file: 'org.tf', line: 1 }],
    },
  ],
});

testRule(rule, {
  valid: [
    {
      name: 'SCP content that cannot be read statically is unverified, not a finding',
      files: {
        'org.tf': ORG,
        'scp.tf':
          `resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = file("\${path.module}/policies/missing.json")
}
` + attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID),
      },
      unverified: [/deny_root denies the root user is not known/],
    },
  ],
  invalid: [],
});

// An SCP-only stack: the organization (and maybe the root-deny SCP) is managed by another stack.
testRule(rule, {
  valid: [
    {
      name: 'no root-deny SCP in an SCP-only stack is unverified, not a finding',
      files: { 'scp.tf': REGION_DENY + attach('r', 'aws_organizations_policy.regions.id', '"r-ab12"') },
      unverified: [/do not declare the organization itself/],
    },
    {
      name: 'a root-deny SCP whose every attachment target is unresolvable is unverified',
      files: {
        'scp.tf': `variable "target_ous" {}

${jsonencodeScp('deny_root')}
resource "aws_organizations_policy_attachment" "deny_root" {
  for_each  = var.target_ous
  policy_id = aws_organizations_policy.deny_root.id
  target_id = local.ou_ids[each.key]
}
`,
      },
      unverified: [/covers every member account is not known/],
    },
  ],
  invalid: [],
});
