# A file saved on Windows: CRLF line endings throughout.
resource "aws_organizations_policy" "crlf" {
  name = "crlf"

  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = "*"
      Resource = "*"
    }]
  })

  description = <<-EOT
    heredoc with ${var.x}
      and CRLF
  EOT
  plain = <<EOT
plain heredoc
EOT
}

locals { one = 1 } // comment before CRLF
