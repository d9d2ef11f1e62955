locals {
  user_data = <<-EOT
    #!/bin/bash
    echo "Hello from ${var.name}"
      indented ${upper(var.env)} line

    export REGION=${var.region}
    EOT

  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Deny",
        "Action": "*",
        "Resource": "*",
        "Condition": { "ArnLike": { "aws:PrincipalArn": "arn:aws:iam::${var.account}:root" } }
      }]
    }
  POLICY

  starts_with_interp = <<-EOT
  ${var.first}
      second
  EOT

  blank_lines_only_count_when_not_blank = <<-EOT

        deep


        deep again
      EOT
}
