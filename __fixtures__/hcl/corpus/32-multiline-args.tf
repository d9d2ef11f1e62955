locals {
  statements = concat(
    [
      {
        Effect = "Deny" # first
        Action = ["iam:CreateAccessKey", "iam:CreateLoginProfile"]
      },
    ],
    var.extra_statements, # passed in
  )

  matrix = [
    [1, 2, 3],
    [
      4,
      5,
      6,
    ],
  ]

  long_condition = (
    var.a != null &&
    var.b != null &&
    length(var.c) > 0
  )
}
