locals {
  a = var.enabled ? "on" : "off"
  b = (
    var.enabled
    ? "on"
    : "off"
  )
  c = var.x == null ? [] : [var.x]
  d = var.list != [] ? var.list[0] : "none"
  e = { value = var.a ? 1 : 2 }
  f = [var.a ? 1 : 2, var.b ? "x" : "y"]
  g = "prefix-${var.a ? "yes" : "no"}-suffix"
  h = "${var.a ? 1 : var.b}"
}
