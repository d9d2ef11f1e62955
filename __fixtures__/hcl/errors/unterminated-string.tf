locals {
  a = "unterminated
  b = 2
}
