resource "aws_s3_bucket_lifecycle_configuration" "rules" {
  bucket = aws_s3_bucket.b.id

  rule {
    id     = "expire"
    status = "Enabled"

    filter {
      and {
        prefix = "logs/"
        tags = {
          rule = "expire"
        }
      }
    }

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    transition {
      days          = 90
      storage_class = "GLACIER"
    }

    expiration {
      days = 365
    }
  }

  rule {
    id     = "abort"
    status = "Enabled"
    abort_incomplete_multipart_upload { days_after_initiation = 7 }
  }
}

resource "aws_s3_bucket_versioning" "v" {
  bucket = "b"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
