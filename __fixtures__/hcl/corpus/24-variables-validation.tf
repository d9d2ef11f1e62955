variable "target_ids" {
  type        = list(string)
  description = <<-EOT
    Roots, OUs or accounts that the root-deny SCP is attached to.
    Each must look like r-xxxx, ou-xxxx-xxxxxxxx or a 12-digit account id.
  EOT
  default     = []
  nullable    = false
  sensitive   = false

  validation {
    condition     = alltrue([for id in var.target_ids : can(regex("^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|[0-9]{12})$", id))])
    error_message = "Every target id must be a root, OU or account id."
  }

  validation {
    condition     = length(var.target_ids) < 100
    error_message = <<-EOT
      Too many targets: ${length(var.target_ids)}.
    EOT
  }
}

variable "settings" {
  type = object({
    name    = string
    enabled = optional(bool, true)
    tags    = optional(map(string), {})
  })
  default = {
    name = "default"
  }
}
