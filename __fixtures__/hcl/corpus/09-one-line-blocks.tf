resource "aws_s3_bucket" "b" {
  bucket = "b"
  lifecycle { prevent_destroy = true }
  versioning { enabled = true }
  timeouts {}
  logging { target_bucket = "logs" }
}

data "aws_region" "current" {}
variable "empty" {}
variable "one_line" { default = "x" }
locals { single = [1, 2, 3] }
module "m" { source = "./m" }
