resource "aws_s3_bucket" "same" {
  bucket = "first"
}
resource "aws_s3_bucket" "same" {
  bucket = "second"
}
resource "aws_s3_bucket" "other" {
  bucket = "third"
}
resource aws_iam_user unquoted_labels {
  name = "unquoted"
}
resource "aws_iam_user" "with \"quotes\" and \\ backslash" {
  name = "escaped"
}
resource "aws_iam_user" "dollar $${x}" {
  name = "dollar label"
}
locals {
  first = 1
}
locals {
  second = 2
}
custom_block {
  attr = 1
}
custom_block {
  attr = 2
}
three "a" "b" "c" {
  deep = true
}
