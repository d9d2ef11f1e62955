resource "aws_organizations_organization" "org" {
  feature_set = "ALL"

  aws_service_access_principals = [
    "cloudtrail.amazonaws.com",
    "iam.amazonaws.com",
  ]

  enabled_policy_types = ["SERVICE_CONTROL_POLICY"]
}

resource "aws_organizations_organizational_unit" "workloads" {
  name      = "Workloads"
  parent_id = aws_organizations_organization.org.roots[0].id
}

resource "aws_organizations_account" "payments" {
  name      = "payments-prod"
  email     = "aws+payments-prod@example.com"
  parent_id = aws_organizations_organizational_unit.workloads.id
}

# Member accounts get no root credentials; privileged root tasks run as short sessions.
resource "aws_iam_organizations_features" "root" {
  enabled_features = [
    "RootCredentialsManagement",
    "RootSessions",
  ]

  depends_on = [aws_organizations_organization.org]
}
