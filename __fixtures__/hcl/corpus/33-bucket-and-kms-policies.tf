resource "aws_s3_bucket_policy" "audit" {
  bucket = aws_s3_bucket.audit.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyEveryoneButRoot"
        Effect    = "Deny"
        NotPrincipal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "s3:*"
        Resource  = ["${aws_s3_bucket.audit.arn}", "${aws_s3_bucket.audit.arn}/*"]
      },
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "${aws_s3_bucket.audit.arn}/*"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      }
    ]
  })
}

resource "aws_kms_key" "audit" {
  description         = "audit logs"
  enable_key_rotation = true
  policy              = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "RootOnly",
          "Effect": "Allow",
          "Principal": { "AWS": "arn:aws:iam::${var.account_id}:root" },
          "Action": "kms:*",
          "Resource": "*"
        }
      ]
    }
  POLICY
}
