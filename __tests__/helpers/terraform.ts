/** Real-syntax Terraform building blocks for rule tests. */

export const ORG = `resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["iam.amazonaws.com"]
  enabled_policy_types          = ["SERVICE_CONTROL_POLICY"]
}
`;

export const FEATURES = `resource "aws_iam_organizations_features" "root" {
  enabled_features = ["RootCredentialsManagement", "RootSessions"]
}
`;

export function ou(name: string, parent = 'aws_organizations_organization.org.roots[0].id'): string {
  return `resource "aws_organizations_organizational_unit" "${name}" {
  name      = "${name}"
  parent_id = ${parent}
}
`;
}

export function account(name: string, parent: string): string {
  return `resource "aws_organizations_account" "${name}" {
  name      = "${name}"
  email     = "aws+${name}@example.com"
  parent_id = ${parent}
}
`;
}

/** A root-deny SCP written with jsonencode, as most repositories do; `pattern` is HCL template text. */
export function jsonencodeScp(name: string, condition = 'ArnLike', pattern = 'arn:aws:iam::*:root'): string {
  return `resource "aws_organizations_policy" "${name}" {
  name = "${name}"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = "*"
      Resource = "*"
      Condition = {
        ${condition} = { "aws:PrincipalArn" = "${pattern}" }
      }
    }]
  })
}
`;
}

export function attach(name: string, policy: string, target: string): string {
  return `resource "aws_organizations_policy_attachment" "${name}" {
  policy_id = ${policy}
  target_id = ${target}
}
`;
}

export const ROOT_ID = 'aws_organizations_organization.org.roots[0].id';

/** An SCP that does not deny the root user, attached only when `var.deny_leaving` (declared elsewhere) is true. */
export const CONDITIONAL_DENY_LEAVING = `resource "aws_organizations_policy" "deny_leaving" {
  name    = "deny-leaving"
  content = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Action = "organizations:LeaveOrganization", Resource = "*" }] })
}

resource "aws_organizations_policy_attachment" "deny_leaving" {
  count     = var.deny_leaving ? 1 : 0
  policy_id = aws_organizations_policy.deny_leaving.id
  target_id = "r-ab12"
}
`;

/** A registry module that was never `terraform init`-ed: its source is not there to read. */
export const UNREAD_MODULE = `module "scps" {
  source  = "cloudposse/service-control-policies/aws"
  version = "0.15.1"
}
`;

/** An AWS Control Tower control enabled on a target (an OU's ARN), with optional parameters blocks. */
export function controlTowerControl(
  name: string,
  control: string,
  target: string,
  parameters: Record<string, string> = {},
): string {
  const blocks = Object.entries(parameters)
    .map(([key, value]) => `\n  parameters {\n    key   = "${key}"\n    value = ${value}\n  }\n`)
    .join('');
  return `resource "aws_controltower_control" "${name}" {
  control_identifier = "arn:aws:controltower:us-east-1::control/${control}"
  target_identifier  = ${target}
${blocks}}
`;
}

/** The organization, its features, OUs prod and sandbox, and an account in each. */
export const ORG_WITH_OUS =
  ORG +
  FEATURES +
  ou('prod') +
  ou('sandbox') +
  account('app', 'aws_organizations_organizational_unit.prod.id') +
  account('play', 'aws_organizations_organizational_unit.sandbox.id');
