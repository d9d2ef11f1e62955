import { rule } from '../../src/rules/rg004-centralized-root-access-disabled.js';
import { testRule } from '../helpers/rule-tester.js';
import { FEATURES, ORG, UNREAD_MODULE } from '../helpers/terraform.js';

testRule(rule, {
  valid: [
    { name: 'both features and iam trusted access', files: { 'org.tf': ORG + FEATURES } },
    {
      name: 'workload repository: silent',
      files: { 'app.tf': 'resource "aws_sqs_queue" "q" {\n  name = "jobs"\n}\n' },
    },
    {
      name: 'features from a variable default, in another order',
      files: {
        'org.tf': ORG,
        'features.tf': `variable "root_features" {
  default = ["RootSessions", "RootCredentialsManagement"]
}

resource "aws_iam_organizations_features" "this" {
  enabled_features = var.root_features
}
`,
      },
    },
    {
      name: 'enabled_features from a variable with no value is unverified',
      files: {
        'org.tf': ORG,
        'features.tf':
          'variable "features" {}\n\nresource "aws_iam_organizations_features" "this" {\n  enabled_features = var.features\n}\n',
      },
      unverified: [/enabled_features .* is not known/],
    },
    {
      name: 'features whose count is not known may not exist: unverified, not a pass',
      files: {
        'org.tf': ORG,
        'features.tf': `variable "centralize_root" {}

resource "aws_iam_organizations_features" "this" {
  count            = var.centralize_root ? 1 : 0
  enabled_features = ["RootCredentialsManagement", "RootSessions"]
}
`,
      },
      unverified: [/it may not exist: its count is not known: variable "centralize_root" has no value/],
    },
    {
      name: 'trusted access left to whatever manages it outside Terraform (ignore_changes, unset) is unverified',
      files: {
        'org.tf':
          `resource "aws_organizations_organization" "org" {
  feature_set = "ALL"

  lifecycle {
    ignore_changes = [aws_service_access_principals]
  }
}
` + FEATURES,
      },
      unverified: [
        /aws_service_access_principals is not known: .*not set here, and lifecycle ignore_changes/,
      ],
    },
    {
      name: 'ignore_changes = all over an unset trusted access is unverified too',
      files: {
        'org.tf': `resource "aws_organizations_organization" "org" {\n  lifecycle {\n    ignore_changes = all\n  }\n}\n${FEATURES}`,
      },
      unverified: [/aws_service_access_principals is not known/, /feature_set is not known/],
    },
    {
      name: 'no features resource in the code, but an uninitialised module may declare it: unverified',
      files: { 'org.tf': ORG + UNREAD_MODULE },
      unverified: [
        /no aws_iam_organizations_features in the scanned sources, but module\.scps is not available/,
      ],
    },
  ],
  invalid: [
    {
      name: 'no aws_iam_organizations_features at all',
      files: { 'org.tf': ORG },
      findings: [{ file: 'org.tf', line: 1, message: /No aws_iam_organizations_features/ }],
    },
    {
      name: 'an unread module leaves the features open, not the trusted access the organization lacks',
      files: {
        'org.tf': ORG.replace('["iam.amazonaws.com"]', '["sso.amazonaws.com"]') + UNREAD_MODULE,
      },
      findings: [
        { file: 'org.tf', line: 3, message: /does not enable trusted access for iam\.amazonaws\.com/ },
      ],
      unverified: [/no aws_iam_organizations_features in the scanned sources, but module\.scps/],
    },
    {
      name: 'RootSessions missing is named',
      files: {
        'org.tf':
          ORG +
          'resource "aws_iam_organizations_features" "f" {\n  enabled_features = ["RootCredentialsManagement"]\n}\n',
      },
      findings: [{ file: 'org.tf', line: 7, message: /does not enable RootSessions\.$/ }],
    },
    {
      name: 'iam.amazonaws.com missing from trusted services',
      files: {
        'org.tf':
          `resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["sso.amazonaws.com"]
}
` + FEATURES,
      },
      findings: [{ file: 'org.tf', line: 3, message: /iam\.amazonaws\.com/ }],
    },
    {
      name: 'ignore_changes on trusted access keeps the value the configuration sets, and on other arguments changes nothing',
      files: {
        'org.tf':
          `resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["sso.amazonaws.com"]

  lifecycle {
    ignore_changes = [aws_service_access_principals, "tags", enabled_policy_types["x"]]
  }
}
` + FEATURES,
      },
      findings: [{ file: 'org.tf', line: 3, message: /iam\.amazonaws\.com/ }],
    },
    {
      name: 'consolidated billing only',
      files: {
        'org.tf':
          `resource "aws_organizations_organization" "org" {
  feature_set                   = "CONSOLIDATED_BILLING"
  aws_service_access_principals = ["iam.amazonaws.com"]
}
` + FEATURES,
      },
      findings: [{ file: 'org.tf', line: 2, message: /CONSOLIDATED_BILLING/ }],
    },
  ],
});

testRule(rule, {
  valid: [
    {
      name: 'an SCP-only stack (organization managed elsewhere) is unverified, not told it lacks the features',
      files: {
        'scp.tf': 'resource "aws_organizations_policy" "p" {\n  name    = "p"\n  content = "{}"\n}\n',
      },
      unverified: [/declare neither aws_organizations_organization nor aws_iam_organizations_features/],
    },
  ],
  invalid: [],
});
