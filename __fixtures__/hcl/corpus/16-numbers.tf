locals {
  int        = 42
  zero       = 0
  negative   = -7
  float      = 3.14159
  trailing   = 1.50
  exponent   = 1e3
  exp_sign   = 2.5E-3
  exp_plus   = 6e+2
  big        = 123456789012
  huge       = 12345678901234567890
  leading    = 007
  neg_float  = -0.5
  not_true   = !true
  not_false  = !false
  account_id = 111122223333
  in_list    = [1, -2, 3.5, 1e2]
  in_string  = "n=${1.50} m=${1e3} b=${true} z=${null}"
  key_nums   = { 1 = "a", 2.50 = "b" }
}
