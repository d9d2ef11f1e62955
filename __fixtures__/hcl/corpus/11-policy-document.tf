data "aws_iam_policy_document" "deny_root" {
  statement {
    sid       = "DenyRootUser"
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]

    condition {
      test     = "ArnLike"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::*:root"]
    }
  }

  statement {
    sid    = "AllowAuditors"
    effect = "Allow"
    not_actions = ["iam:*"]
    resources   = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/auditor", data.aws_caller_identity.current.arn]
    }
  }

  source_policy_documents   = [data.aws_iam_policy_document.base.json]
  override_policy_documents = []
}

resource "aws_organizations_policy" "from_document" {
  name    = "deny-root"
  content = data.aws_iam_policy_document.deny_root.json
}
