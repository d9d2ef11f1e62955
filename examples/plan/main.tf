# An organization stack as a pull request leaves it; plan.json is `terraform show -json` of the
# plan that removes the Sandbox attachment (see README.md).
provider "aws" {
  region = "us-east-1"
}

resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["iam.amazonaws.com"]
  enabled_policy_types          = ["SERVICE_CONTROL_POLICY"]
}

resource "aws_organizations_organizational_unit" "workloads" {
  name      = "Workloads"
  parent_id = aws_organizations_organization.org.roots[0].id
}

resource "aws_organizations_organizational_unit" "sandbox" {
  name      = "Sandbox"
  parent_id = aws_organizations_organization.org.roots[0].id
}

resource "aws_organizations_account" "payments" {
  name      = "payments"
  email     = "aws+payments@example.com"
  parent_id = aws_organizations_organizational_unit.workloads.id
}

resource "aws_organizations_account" "playground" {
  name      = "playground"
  email     = "aws+playground@example.com"
  parent_id = aws_organizations_organizational_unit.sandbox.id
}

resource "aws_iam_organizations_features" "root" {
  enabled_features = ["RootCredentialsManagement"]
}

module "guardrails" {
  source    = "./modules/scp"
  target_id = aws_organizations_organizational_unit.workloads.id
}
