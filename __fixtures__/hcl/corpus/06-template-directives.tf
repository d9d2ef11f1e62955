locals {
  greeting   = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
  list       = "%{ for i, x in var.items }${i}:${x},%{ endfor }"
  stripped   = "a  ${~ var.b ~}  c"
  strip_dir  = "[ %{~ for x in var.xs ~} ${x} %{~ endfor ~} ]"
  nested     = "%{ for x in var.xs }%{ if x.enabled }${x.name} %{ endif }%{ endfor }"
  empty_then = "%{ if var.c }%{ else }no%{ endif }"
  empty_else = "%{ if var.c }yes%{ else }%{ endif }"
}
