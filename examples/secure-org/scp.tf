resource "aws_organizations_policy" "deny_root" {
  name        = "deny-root-user"
  description = "Deny the root user in every member account, except centralized root sessions"

  content = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "DenyRootUser",
          "Effect": "Deny",
          "Action": "*",
          "Resource": "*",
          "Condition": {
            "ArnLike": { "aws:PrincipalArn": "arn:aws:iam::*:root" },
            "Null": { "aws:AssumedRoot": "true" }
          }
        }
      ]
    }
  EOT
}

resource "aws_organizations_policy_attachment" "deny_root" {
  policy_id = aws_organizations_policy.deny_root.id
  target_id = aws_organizations_organization.org.roots[0].id
}
