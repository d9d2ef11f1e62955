resource "aws_iam_role" "ec2" {
  name = "ec2-role"

  assume_role_policy = <<EOF2
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Action": "sts:AssumeRole",
      "Principal": { "Service": "ec2.amazonaws.com" },
      "Effect": "Allow"
    }
  ]
}
EOF2
}

locals {
  empty   = <<EOT
EOT
  one     = <<EOT
single line
EOT
  spaced  = <<EOT
  keeps   its   spacing
    and indentation
EOT
  dashes  = <<EOT-with-dash
a heredoc whose marker has a dash
EOT-with-dash
}
