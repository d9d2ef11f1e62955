locals {
  env_map = {
    prod    = { size = "large", count = 3 }
    staging = { size = "small", count = 1 }
  }
  names      = [for k, v in local.env_map : "${k}-${v.size}"]
  by_size    = { for k, v in local.env_map : v.size => k... }
  filtered   = [for x in var.list : upper(x) if x != ""]
  first      = try(var.list[0], null)
  ids        = aws_instance.web[*].id
  legacy_ids = aws_instance.web.*.id
  nested     = var.obj.a.b[0]["c"].d
  conditional = var.enabled ? {
    on = true
  } : null
  arithmetic = (var.a + var.b) * 2 - var.c / 4 % 3
  logic      = !var.x && (var.y || var.z) == true
  compare    = var.n >= 1 && var.n <= 10 && var.n != 5 && var.n > 0 && var.n < 11
  splat_attr = var.list_of_objects[*].name
  maps       = merge(local.env_map, { dev = { size = "tiny", count = 0 } })
}
