# Unicode: comments, strings, labels and keys — ünïcødé, 日本語, emoji 🚀
resource "aws_s3_bucket" "données" {
  bucket = "bücket-名前"
  tags = {
    "Größe"    = "groß"
    "名前"      = "値"
    "emoji 🚀" = "launch ✓"
    Ωmega      = "greek key"
  }
  description = "tab\tand ünïcødé ${var.naïve}"
}

locals {
  café       = "crème brûlée"
  heredoc    = <<-EOT
    ünïcødé ${local.café}
    日本語のテキスト
  EOT
  surrogates = "𝒳𝒴𝒵 and \U0001D4B3"
}
