locals {
  x = [for a in b : a => a]
}
