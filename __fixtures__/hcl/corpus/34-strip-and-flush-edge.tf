locals {
  strip_heredoc = <<-EOT
    start
    %{~ if var.a ~}
      middle ${var.a}
    %{~ endif ~}
    end
  EOT
  tabs = <<-EOT
		tab indented
		  more
	EOT
  interp_first_line = <<-EOT
    ${var.a} then text
      and indented
  EOT
  only_interp = <<EOT
${var.whole}
EOT
  strip_quoted = "  ${~ 1}"
  strip_after  = "${var.x ~}   after"
}
