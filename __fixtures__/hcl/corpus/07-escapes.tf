locals {
  dollar        = "$${not_interpolated}"
  percent       = "%%{not_a_directive}"
  mixed         = "$${literal} and ${var.real}"
  many_dollars  = "$$${var.x} $$$${y}"
  lone          = "$ and % and $x and %y"
  quotes        = "say \"hi\""
  backslash     = "C:\\Program Files\\x"
  newline_tab   = "line1\nline2\tcol"
  carriage      = "cr\rhere"
  unicode_short = "caf\u00e9"
  unicode_long  = "\U0001F600 smile"
  heredoc_esc   = <<EOT
heredoc $${keeps} escapes and \n backslashes ${var.y}
EOT
}
