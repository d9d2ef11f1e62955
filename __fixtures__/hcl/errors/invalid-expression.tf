locals {
  ok = 1
  a = = 2
}
