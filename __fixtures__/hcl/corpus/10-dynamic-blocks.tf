data "aws_iam_policy_document" "dyn" {
  statement {
    sid     = "Static"
    actions = ["s3:GetObject"]
  }

  dynamic "statement" {
    for_each = var.statements
    iterator = st
    content {
      sid       = st.value.sid
      actions   = st.value.actions
      resources = st.value.resources

      dynamic "condition" {
        for_each = lookup(st.value, "conditions", [])
        content {
          test     = condition.value.test
          variable = condition.value.variable
          values   = condition.value.values
        }
      }
    }
  }
}

resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = { for r in var.rules : r.name => r }
    content {
      from_port = ingress.value.port
      to_port   = ingress.value.port
      protocol  = "tcp"
    }
  }
}
