# Meant to deny the root user, but StringEquals compares literally:
# "arn:aws:iam::*:root" never equals a real principal ARN.
resource "aws_organizations_policy" "deny_root" {
  name        = "deny-root-user"
  description = "Deny the root user in member accounts"

  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DenyRoot"
        Effect   = "Deny"
        Action   = "*"
        Resource = "*"
        Condition = {
          StringEquals = {
            "aws:PrincipalArn" = "arn:aws:iam::*:root"
          }
        }
      }
    ]
  })
}

resource "aws_organizations_policy_attachment" "deny_root" {
  policy_id = aws_organizations_policy.deny_root.id
  target_id = aws_organizations_organization.org.roots[0].id
}
