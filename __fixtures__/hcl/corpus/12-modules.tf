module "guardrails" {
  source = "./modules/guardrails"

  target_ids = [aws_organizations_organization.org.roots[0].id]
  env        = var.env
}

module "accounts" {
  source   = "../accounts"
  for_each = toset(["prod", "staging"])

  name  = "team-${each.key}"
  email = "aws+${each.value}@example.com"

  providers = {
    aws        = aws.us_east_1
    aws.backup = aws.eu_west_1
  }

  depends_on = [module.guardrails]
}

module "registry" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.0"
  count   = var.create ? 1 : 0
}
