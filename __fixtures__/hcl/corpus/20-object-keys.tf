locals {
  keys = {
    bare          = 1
    "quoted"      = 2
    "with space"  = 3
    "aws:PrincipalArn" = 4
    (var.dynamic) = 5
    "${var.interp}" = 6
    "pre-${var.x}" = 7
    a.b           = 8
    c["d"]        = 9
    e[0]          = 10
    f[var.g]      = 11
    null          = 12
    true          = 13
    12            = 14
    colon_sep: 15
    dup           = "first"
    dup           = "second"
  }
  commas = { a = 1, b = 2, c = 3 }
  mixed = { a = 1,
    b = 2
    c = 3, }
}
