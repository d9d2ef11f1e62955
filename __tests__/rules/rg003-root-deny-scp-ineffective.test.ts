import { rule } from '../../src/rules/rg003-root-deny-scp-ineffective.js';
import { testRule } from '../helpers/rule-tester.js';
import { ORG, ROOT_ID, attach, jsonencodeScp } from '../helpers/terraform.js';

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

testRule(rule, {
  valid: [
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
      name: 'a root-deny SCP attached nowhere',
      files: { 'org.tf': ORG, 'scp.tf': jsonencodeScp('r') },
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
