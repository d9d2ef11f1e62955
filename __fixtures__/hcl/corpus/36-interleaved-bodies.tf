# Attributes before, between and after nested blocks, with the same names at every depth: each
# body keeps its own attributes, whatever its children hold.
resource "aws_s3_bucket_policy" "interleaved" {
  bucket = "first"
  statement {
    bucket = "nested"
    condition { test = "Bool" }
    condition {
      test   = "StringEquals"
      bucket = "deeper"
      values {
        bucket = "deepest"
      }
      variable = "aws:PrincipalArn"
    }
    sid = "after-conditions"
  }
  policy = jsonencode({ bucket = "in an object", statement = [{ sid = "in a tuple" }] })
  statement { sid = "one-line" }
  statement {
    sid = "third"
    dynamic "principals" {
      for_each = ["a", "b"]
      content {
        type        = "AWS"
        identifiers = [principals.value]
        bucket      = principals.key
      }
    }
    effect = "Deny"
  }
  tags = { bucket = "tag" }
}

locals {
  bucket = "a local"
}

resource "aws_s3_bucket_policy" "interleaved" {
  bucket = "a second block of the same type and name"
}

variable "bucket" {
  default = "a variable"
  validation {
    condition     = length(var.bucket) > 0
    error_message = "bucket must not be empty"
  }
  description = "after the validation block"
}
