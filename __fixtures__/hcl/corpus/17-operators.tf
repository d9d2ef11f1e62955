locals {
  sum      = 1 + 2
  product  = var.a * var.b
  neg_ref  = -var.x
  not_ref  = !var.flag
  double   = --1
  parens   = (1 + 2) * 3
  paren1   = (1)
  paren_s  = ("x")
  ternary  = var.a > 1 ? "big" : "small"
  chained  = var.a == 1 ? "one" : var.a == 2 ? "two" : "many"
  multi = (
    var.a
    + var.b
  )
  in_list = [1 + 1, var.x ? 1 : 0]
}
