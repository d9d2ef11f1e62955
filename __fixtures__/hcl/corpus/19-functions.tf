locals {
  joined    = join(",", var.list)
  nested    = upper(trimspace(lower(var.name)))
  expanded  = concat(var.a, var.b...)
  min_of    = min(var.numbers...)
  trailing  = format(
    "%s-%s",
    var.a,
    var.b,
  )
  provider  = provider::aws::arn_parse("arn:aws:iam::123456789012:root")
  no_args   = timestamp()
  file_tmpl = templatefile("${path.module}/t.tpl", { name = var.name })
  lookups   = lookup(var.map, "key", "default")
  try_can   = can(regex("^ou-", var.id)) ? var.id : null
  decoded   = jsondecode(file("${path.module}/policy.json"))
}
