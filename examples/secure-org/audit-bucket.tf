# Granting the audit account access: arn:aws:iam::<account>:root is the *account* principal,
# not the root user. RootGuard does not flag it.
resource "aws_s3_bucket" "audit" {
  bucket = "example-org-audit-logs"
}

resource "aws_s3_bucket_policy" "audit" {
  bucket = aws_s3_bucket.audit.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AuditAccountRead"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = [aws_s3_bucket.audit.arn, "${aws_s3_bucket.audit.arn}/*"]
    }]
  })
}
