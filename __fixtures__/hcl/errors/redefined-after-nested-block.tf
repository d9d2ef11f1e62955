resource "aws_iam_role" "r" {
  name = "first"
  inline_policy {
    name   = "nested names are their own"
    policy = "{}"
  }
  name = "second"
}
