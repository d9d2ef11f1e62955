import { rule } from '../../src/rules/rg012-root-deny-scp-blocks-root-sessions.js';
import { testRule } from '../helpers/rule-tester.js';
import {
  FEATURES,
  ORG,
  ROOT_ID,
  attach,
  controlTowerControl,
  jsonencodeScp,
  ou,
} from '../helpers/terraform.js';

/** A root-deny SCP whose Condition also exempts sts:AssumeRoot sessions, as AWS documents. */
const EXEMPT_SCP = `resource "aws_organizations_policy" "deny_root" {
  name = "deny-root-user"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = "*"
      Resource = "*"
      Condition = {
        ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }
        Null    = { "aws:AssumedRoot" = "true" }
      }
    }]
  })
}
`;

const ATTACH = attach('deny_root', 'aws_organizations_policy.deny_root.id', ROOT_ID);

/** The AWS sample that carves bucket-policy changes out of its root deny (heredoc, as published). */
const CARVE_OUT_SCP = `resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root-except-bucket-policy"
  content = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Sid": "DenyRootUser",
        "Effect": "Deny",
        "NotAction": ["s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy"],
        "Resource": "*",
        "Condition": { "StringLike": { "aws:PrincipalArn": ["arn:aws:iam::*:root"] } }
      }]
    }
  EOT
}
`;

testRule(rule, {
  valid: [
    {
      name: 'RootSessions with a root-deny SCP that exempts aws:AssumedRoot',
      files: { 'org.tf': ORG + FEATURES, 'scp.tf': EXEMPT_SCP + ATTACH },
    },
    {
      name: 'RootSessions not enabled: nothing to block',
      files: {
        'org.tf':
          ORG +
          'resource "aws_iam_organizations_features" "f" {\n  enabled_features = ["RootCredentialsManagement"]\n}\n',
        'scp.tf': jsonencodeScp('deny_root') + ATTACH,
      },
    },
    {
      name: 'no aws_iam_organizations_features at all (RG004 reports that)',
      files: { 'org.tf': ORG, 'scp.tf': jsonencodeScp('deny_root') + ATTACH },
    },
    {
      name: 'a root-deny SCP attached to nothing blocks nothing (RG003 reports that)',
      files: { 'org.tf': ORG + FEATURES, 'scp.tf': jsonencodeScp('deny_root') },
    },
    {
      name: 'workload repository: silent',
      files: {
        'app.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "example-app"\n}\n',
      },
    },
    {
      name: 'scope workload: silent even with an organization in the sources',
      scope: 'workload',
      files: { 'org.tf': ORG + FEATURES, 'scp.tf': jsonencodeScp('deny_root') + ATTACH },
    },
    {
      name: 'enabled_features from a variable with no value is unverified',
      files: {
        'org.tf':
          ORG +
          'variable "features" {}\n\nresource "aws_iam_organizations_features" "f" {\n  enabled_features = var.features\n}\n',
        'scp.tf': jsonencodeScp('deny_root') + ATTACH,
      },
      unverified: [/whether RootSessions is enabled is not known .*aws_organizations_policy\.deny_root/],
    },
  ],
  invalid: [
    {
      name: 'RootSessions and a root-deny SCP without the aws:AssumedRoot exemption',
      files: { 'org.tf': ORG + FEATURES, 'scp.tf': jsonencodeScp('deny_root') + ATTACH },
      findings: [
        {
          file: 'scp.tf',
          line: 3,
          resource: 'aws_organizations_policy.deny_root',
          message:
            /no aws:AssumedRoot exemption.*IAMAuditRootUserCredentials, IAMCreateRootUserPassword, IAMDeleteRootUserCredentials, S3UnlockBucketPolicy, SQSUnlockQueuePolicy fail in the accounts under the organization root/,
        },
      ],
    },
    {
      name: 'a known root-deny statement blocks root sessions although another statement is unknown',
      files: {
        'org.tf': ORG + FEATURES,
        'scp.tf':
          `variable "protected_bucket_arn" {}

resource "aws_organizations_policy" "deny_root" {
  name = "deny-root-user"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Deny"
        Action    = "*"
        Resource  = "*"
        Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
      },
      {
        Effect   = "Deny"
        Action   = "s3:DeleteBucket"
        Resource = var.protected_bucket_arn
      },
    ]
  })
}
` + ATTACH,
      },
      findings: [
        { line: 5, resource: 'aws_organizations_policy.deny_root', message: /no aws:AssumedRoot exemption/ },
      ],
    },
    {
      name: 'the bucket-policy carve-out sample still blocks the credential tasks, not S3UnlockBucketPolicy',
      files: { 'org.tf': ORG + FEATURES, 'scp.tf': CARVE_OUT_SCP + ATTACH },
      findings: [
        {
          line: 3,
          message:
            /so IAMAuditRootUserCredentials, IAMCreateRootUserPassword, IAMDeleteRootUserCredentials, SQSUnlockQueuePolicy fail/,
        },
      ],
    },
  ],
});

// Control Tower's root-deny control takes the AssumeRoot exemption as a parameter.
const CT_OU = ORG + FEATURES + ou('workloads');
const CT_TARGET = 'aws_organizations_organizational_unit.workloads.arn';

testRule(rule, {
  valid: [
    {
      name: 'AWS-GR_RESTRICT_ROOT_USER enabled with ExemptAssumeRoot lets root sessions through',
      files: {
        'org.tf': CT_OU,
        'controls.tf': controlTowerControl('root', 'AWS-GR_RESTRICT_ROOT_USER', CT_TARGET, {
          ExemptAssumeRoot: 'jsonencode(true)',
        }),
      },
    },
  ],
  invalid: [
    {
      name: 'without the parameter the control blocks them, and the fix is the parameter',
      files: {
        'org.tf': CT_OU,
        'controls.tf': controlTowerControl('root', 'AWS-GR_RESTRICT_ROOT_USER', CT_TARGET),
      },
      findings: [
        {
          file: 'controls.tf',
          line: 2,
          resource: 'aws_controltower_control.root',
          message:
            /no aws:AssumedRoot exemption.*fail in the accounts under OU "workloads".*Enable AWS-GR_RESTRICT_ROOT_USER with the ExemptAssumeRoot parameter/,
        },
      ],
    },
  ],
});
