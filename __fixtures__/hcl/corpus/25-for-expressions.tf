locals {
  tuple_for     = [for s in var.list : upper(s)]
  tuple_if      = [for i, s in var.list : "${i}=${s}" if i > 0]
  object_for    = { for k, v in var.map : k => v }
  grouped       = { for u in var.users : u.role => u.name... }
  object_if     = { for k, v in var.map : upper(k) => v if v != null }
  multiline_for = [
    for account in var.accounts : {
      name  = account.name
      email = account.email
    }
    if account.enabled
  ]
  brace_newline_for = {
    for k, v in var.map :
    k => v
  }
  nested_for = flatten([for a in var.as : [for b in a.bs : "${a.name}/${b}"]])
}
