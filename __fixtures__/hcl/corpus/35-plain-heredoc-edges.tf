# Heredocs without template sequences, read without a token per line: their edge cases.
locals {
  crlf_flush = <<-EOT
      one
    two
  
		three
    EOT
  crlf_plain = <<EOT
  x

EOT
}

locals {
  nbsp_flush = <<-EOT
   nb
   sp

  EOT
  empty_flush = <<-EOT
  EOT
  blank_only = <<-EOT
    
	
  EOT
  dollar_and_percent = <<-EOT
    costs $5 and 50%
    EOT
  marker_like = <<-EOT
    EOTX
    xEOT
    EOT
}

resource "aws_iam_role" "flush_policy" {
  assume_role_policy = <<-POLICY
    {
      "Version": "2012-10-17",
        "Statement": []
    }
  POLICY
}
