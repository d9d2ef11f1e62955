# Shaped like a .tfvars file: attributes only, at the top level.
region     = "eu-west-1"
account_id = "111122223333"
target_ids = ["ou-ab12-11111111", "ou-ab12-22222222"]
tags = {
  Team = "platform"
}
enabled  = true
replicas = 3
nothing  = null
