# A root-deny SCP written with jsonencode, the way most repositories write it.
resource "aws_organizations_policy" "deny_root" {
  name        = "deny-root-${var.env}"
  description = "Deny the root user in member accounts"
  type        = "SERVICE_CONTROL_POLICY"

  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DenyRootUser" # comments survive inside expressions
        Effect   = "Deny"
        Action   = "*"
        Resource = "*"
        Condition = {
          ArnLike = { "aws:PrincipalArn" = ["arn:aws:iam::*:root"] }
        }
      },
    ]
  })

  tags = {
    Owner = "platform"
    "cost-center" = "1234"
  }
}

resource "aws_organizations_policy_attachment" "deny_root" {
  policy_id = aws_organizations_policy.deny_root.id
  target_id = aws_organizations_organization.org.roots[0].id
}
