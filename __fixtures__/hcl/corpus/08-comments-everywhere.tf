# Leading comment
// Another style
/* Block
   comment */
resource "aws_s3_bucket" /* between labels */ "logs" { # after brace
  bucket = "logs" # trailing hash
  tags = { // after brace
    # inside an object
    Name = "logs" /* inline */
    // before an item
    Env = "prod"
  }
  list = [
    "a", # after item
    /* before item */ "b",
    // last
  ]
  call = merge(
    { a = 1 }, # arg comment
    /* second */ { b = 2 },
  )
  /* before attribute */ acl = "private"
}
# trailing comment without newline at end