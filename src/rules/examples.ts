/** Terraform snippets that more than one rule shows as its fix, written once so they never drift apart. */

/** The root-deny SCP AWS documents, with the exemption for centralized root sessions. */
export const ROOT_DENY_SCP = [
  'resource "aws_organizations_policy" "deny_root" {',
  '  name = "deny-root-user"',
  '  content = jsonencode({',
  '    Version = "2012-10-17"',
  '    Statement = [{',
  '      Effect    = "Deny"',
  '      Action    = "*"',
  '      Resource  = "*"',
  '      Condition = {',
  '        ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }',
  '        Null    = { "aws:AssumedRoot" = "true" }',
  '      }',
  '    }]',
  '  })',
  '}',
].join('\n');

/** Centralized root access: IAM trusted, both features on. */
export const CENTRALIZED_ROOT_ACCESS = [
  'resource "aws_organizations_organization" "org" {',
  '  feature_set                   = "ALL"',
  '  aws_service_access_principals = ["iam.amazonaws.com"]',
  '}',
  '',
  'resource "aws_iam_organizations_features" "root" {',
  '  enabled_features = ["RootCredentialsManagement", "RootSessions"]',
  '  depends_on       = [aws_organizations_organization.org]',
  '}',
].join('\n');
