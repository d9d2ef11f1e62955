locals {
  a = foo(1 2)
}
