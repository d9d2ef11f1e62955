locals {
  a = !1
}
