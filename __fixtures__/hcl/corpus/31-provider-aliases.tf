provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "audit"
  region = "us-west-2"

  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

resource "aws_cloudtrail" "org" {
  provider                   = aws.audit
  name                       = "org-trail"
  s3_bucket_name             = "trail-bucket"
  is_organization_trail      = true
  is_multi_region_trail      = true
  enable_log_file_validation = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true
  }
}
