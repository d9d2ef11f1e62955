locals {
  hosts = <<-EOT
    %{ for host in var.hosts ~}
    server ${host.name} ${host.ip}
    %{ endfor ~}
  EOT

  conditional = <<EOT
%{ if var.enabled }enabled%{ else }disabled%{ endif }
%{~ if var.extra ~}
  extra: ${var.extra}
%{~ endif ~}
done
EOT

  keyed = <<-EOT
    %{ for k, v in var.tags ~}
    ${k} = "${v}"
    %{ endfor }
  EOT
}
