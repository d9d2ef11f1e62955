locals {
  root_id   = aws_organizations_organization.org.roots[0].id
  legacy    = aws_organizations_organization.org.roots.0.id
  by_key    = aws_iam_role.r["admin"].arn
  splat     = aws_iam_role.r[*].arn
  attr_splat = aws_iam_role.r.*.arn
  nested_splat = var.x[*].y[*].z
  dynamic_index = var.list[var.i]
  computed  = var.map[local.key].value
  count_idx = aws_instance.web[count.index].id
  each_val  = each.value.name
  path_mod  = "${path.module}/files/policy.json"
  self_ref  = self.id
}
