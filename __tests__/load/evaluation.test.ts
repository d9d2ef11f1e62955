import { describe, expect, it } from '@jest/globals';
import { buildOrgModel } from '../../src/load/org-builder.js';
import { loadTerraform } from '../../src/load/terraform.js';
import { Unknown } from '../../src/model/value.js';
import { scan } from '../../src/scan.js';
import { scanFiles as scanAll } from '../helpers/rule-tester.js';
import { writeTree } from '../helpers/sources.js';
import {
  FEATURES,
  ORG,
  ORG_WITH_OUS,
  ROOT_ID,
  account,
  attach,
  jsonencodeScp,
} from '../helpers/terraform.js';

/**
 * Real-world shapes: the SCP is rarely a literal. Each case is judged by the real rules that read
 * SCPs and their attachments (RG001-RG004); the others (root-activity alarms, root sessions) have
 * their own tests and would only add noise to these fixtures.
 */
const JUDGED = new Set(['RG001', 'RG002', 'RG003', 'RG004', '*']);
async function scanFiles(files: Record<string, string>) {
  const result = await scanAll(files);
  return {
    ...result,
    findings: result.findings.filter((f) => JUDGED.has(f.ruleId)),
    unverified: result.unverified.filter((u) => JUDGED.has(u.ruleId)),
  };
}

function ids(result: Awaited<ReturnType<typeof scanFiles>>): string[] {
  return result.findings.map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`);
}

describe('aws_iam_policy_document', () => {
  const document = (operator: string) => `variable "carve_outs" {
  default = [
    { sid = "DenyRootUser", actions = ["*"] },
  ]
}

data "aws_iam_policy_document" "deny_root" {
  dynamic "statement" {
    for_each = var.carve_outs
    content {
      sid       = statement.value.sid
      effect    = "Deny"
      actions   = statement.value.actions
      resources = ["*"]
      condition {
        test     = "${operator}"
        variable = "aws:PrincipalArn"
        values   = ["arn:aws:iam::*:root"]
      }
      condition {
        test     = "Null"
        variable = "aws:AssumedRoot"
        values   = ["true"]
      }
    }
  }
}

resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = data.aws_iam_policy_document.deny_root.json
}
${attach('root', 'aws_organizations_policy.deny_root.id', ROOT_ID)}`;

  it('renders a dynamic "statement" and recognises the root deny', async () => {
    const result = await scanFiles({ 'org.tf': ORG + FEATURES, 'scp.tf': document('ArnLike') });
    expect(result.errors).toEqual([]);
    expect(result.unverified).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('and finds the StringEquals mistake in it, on the content line', async () => {
    const result = await scanFiles({ 'org.tf': ORG + FEATURES, 'scp.tf': document('StringEquals') });
    expect(ids(result)).toEqual(['RG002 org.tf:1', 'RG003 scp.tf:31']);
  });

  it('merges source_policy_documents and statements by sid', async () => {
    const result = await scanFiles({
      'org.tf': ORG + FEATURES,
      'scp.tf': `data "aws_iam_policy_document" "base" {
  statement {
    sid       = "DenyRoot"
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::*:root"]
    }
  }
}

data "aws_iam_policy_document" "fixed" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "DenyRoot"
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "ArnLike"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::*:root"]
    }
  }
}

resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = data.aws_iam_policy_document.fixed.json
}
${attach('root', 'aws_organizations_policy.deny_root.id', ROOT_ID)}`,
    });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

describe('templatefile() with a tfvars value', () => {
  it('reads the .tftpl, takes the partition from terraform.tfvars, and judges the result', async () => {
    const files = {
      'org.tf': ORG + FEATURES,
      'terraform.tfvars': 'root_arn_pattern = "arn:aws:iam::*:root"\n',
      'scp.tf': `variable "root_arn_pattern" {
  default = "arn:aws:iam::123456789012:user/nobody"
}

resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = templatefile("\${path.module}/policies/deny-root.json.tftpl", { pattern = var.root_arn_pattern })
}
${attach('root', 'aws_organizations_policy.deny_root.id', ROOT_ID)}`,
      'policies/deny-root.json.tftpl': `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Deny",
    "Action": "*",
    "Resource": "*",
    "Condition": { "ArnLike": { "aws:PrincipalArn": "\${pattern}" } }
  }]
}
`,
    };
    const good = await scanFiles(files);
    expect(good.errors).toEqual([]);
    expect(good.unverified).toEqual([]);
    expect(good.findings).toEqual([]);
    // Without the tfvars the default (a user ARN) is used: no longer a root deny.
    const { 'terraform.tfvars': _unused, ...withoutTfvars } = files;
    const bad = await scanFiles(withoutTfvars);
    expect(ids(bad)).toEqual(['RG002 org.tf:1']);
  });
});

describe('templatestring() over a template kept in a local', () => {
  // The heredoc escapes its template sequences (%%{, $\${) so that they reach templatestring.
  const files = (pattern: string) => ({
    'org.tf': ORG + FEATURES,
    'scp.tf': `locals {
  deny_template = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Deny",
        "Action": "*",
        "Resource": "*",
        "Condition": { "ArnLike": { "aws:PrincipalArn": %%{ for p in patterns ~}"$\${p}"%%{ endfor ~} } }
      }]
    }
  EOT
}

resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = templatestring(local.deny_template, { patterns = ["${pattern}"] })
}
${attach('root', 'aws_organizations_policy.deny_root.id', ROOT_ID)}`,
  });

  it('renders the template with its variables and judges the SCP it gives', async () => {
    const good = await scanFiles(files('arn:aws:iam::*:root'));
    expect(good.errors).toEqual([]);
    expect(good.unverified).toEqual([]);
    expect(good.findings).toEqual([]);
    const bad = await scanFiles(files('arn:aws:iam::*:user/admin'));
    expect(ids(bad)).toEqual(['RG002 org.tf:1']);
  });
});

describe("the AWS provider's functions", () => {
  /** A root-deny SCP whose principal pattern is `call("aws", "iam", "", "*", resource)`. */
  const scp = (call: string, resource: string, requiredProviders?: string) => ({
    'org.tf': ORG + FEATURES,
    ...(requiredProviders !== undefined
      ? { 'versions.tf': `terraform {\n  required_providers {\n    ${requiredProviders}\n  }\n}\n` }
      : {}),
    'scp.tf': `resource "aws_organizations_policy" "deny_root" {
  name = "deny-root"
  content = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = ${call}("aws", "iam", "", "*", "${resource}") } }
    }]
  })
}
${attach('root', 'aws_organizations_policy.deny_root.id', ROOT_ID)}`,
  });

  it('a root-deny SCP whose principal pattern is made with provider::aws::arn_build is judged by that pattern', async () => {
    const good = await scanFiles(scp('provider::aws::arn_build', 'root'));
    expect(good.errors).toEqual([]);
    expect(good.unverified).toEqual([]);
    expect(good.findings).toEqual([]);
    expect(ids(await scanFiles(scp('provider::aws::arn_build', 'user/root')))).toEqual(['RG002 org.tf:1']);
  });

  it("calls the AWS provider's functions by the local name required_providers gives it", async () => {
    const renamed = await scanFiles(
      scp('provider::amazon::arn_build', 'root', 'amazon = { source = "hashicorp/aws" }'),
    );
    expect(renamed.errors).toEqual([]);
    expect(renamed.unverified).toEqual([]);
    expect(renamed.findings).toEqual([]);
    // A local name "aws" for some other provider: its arn_build is not the AWS provider's.
    const other = await scanFiles(
      scp('provider::aws::arn_build', 'root', 'aws = { source = "example/other" }'),
    );
    expect(other.unverified.map((u) => u.reason).join('\n')).toContain(
      'unsupported function "provider::aws::arn_build"',
    );
  });
});

describe('relative file paths', () => {
  const denyRoot = (operator: string) => `{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "DenyRootUser",
    "Effect": "Deny",
    "Action": "*",
    "Resource": "*",
    "Condition": { "${operator}": { "aws:PrincipalArn": "arn:aws:iam::*:root" } }
  }]
}
`;
  // Terraform runs in the root module's directory: a bare relative path means the same file in
  // every module of the tree, and path.module is relative to that directory.
  const files = {
    'infra/org.tf': `${ORG}${FEATURES}
resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = file("policies/deny-root.json")
}
${attach('root', 'aws_organizations_policy.deny_root.id', ROOT_ID)}
module "guard" {
  source    = "./modules/guard"
  target_id = ${ROOT_ID}
}
`,
    'infra/policies/deny-root.json': denyRoot('ArnLike'),
    'infra/policies/literal.json.tftpl': denyRoot('StringEquals'),
    'infra/modules/guard/main.tf': `variable "target_id" {}

resource "aws_organizations_policy" "from_root_dir" {
  name    = "from-root-dir"
  content = templatefile("policies/literal.json.tftpl", {})
}

resource "aws_organizations_policy" "from_module_dir" {
  name    = "from-module-dir"
  content = file("\${path.module}/deny-root.json")
}

resource "aws_organizations_policy_attachment" "root_dir" {
  policy_id = aws_organizations_policy.from_root_dir.id
  target_id = var.target_id
}

resource "aws_organizations_policy_attachment" "module_dir" {
  policy_id = aws_organizations_policy.from_module_dir.id
  target_id = var.target_id
}
`,
    'infra/modules/guard/deny-root.json': denyRoot('ArnLike'),
  };

  it('resolves them against the root module, not against where the scan was started', async () => {
    const tree = writeTree(files);
    try {
      const result = await scan({ paths: ['infra'], cwd: tree.dir });
      expect(result.errors).toEqual([]);
      expect(result.unverified.filter((u) => JUDGED.has(u.ruleId))).toEqual([]);
      // The StringEquals policy was read from infra/policies by the child module, and judged.
      expect(result.findings.filter((f) => JUDGED.has(f.ruleId)).map((f) => [f.ruleId, f.resource])).toEqual([
        ['RG003', 'module.guard.aws_organizations_policy.from_root_dir'],
      ]);
    } finally {
      tree.cleanup();
    }
  });
});

describe('aws_iam_policy_document with for_each', () => {
  const files = (rootOperator: string) => ({
    'main.tf': `${ORG}${FEATURES}
locals {
  guardrails = {
    root    = { sid = "DenyRootUser", test = "${rootOperator}", values = ["arn:aws:iam::*:root"] }
    regions = { sid = "DenyRegions", test = "StringNotEquals", values = ["eu-west-1"] }
  }
}

data "aws_iam_policy_document" "guardrail" {
  for_each = local.guardrails
  statement {
    sid       = each.value.sid
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = each.value.test
      variable = each.key == "root" ? "aws:PrincipalArn" : "aws:RequestedRegion"
      values   = each.value.values
    }
  }
}

resource "aws_organizations_policy" "guardrail" {
  for_each = local.guardrails
  name     = each.key
  content  = data.aws_iam_policy_document.guardrail[each.key].json
}

resource "aws_organizations_policy_attachment" "guardrail" {
  for_each  = local.guardrails
  policy_id = aws_organizations_policy.guardrail[each.key].id
  target_id = ${ROOT_ID}
}
`,
  });

  it('renders each instance with its own each.value', async () => {
    const result = await scanFiles(files('ArnLike'));
    expect(result.unverified).toEqual([]);
    expect(ids(result)).toEqual([]);
  });

  it('and judges the root instance on its own condition', async () => {
    const result = await scanFiles(files('StringEquals'));
    expect(result.unverified).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.resource])).toEqual([
      ['RG002', 'aws_organizations_organization.org'],
      ['RG003', 'aws_organizations_policy.guardrail["root"]'],
    ]);
  });
});

describe('SCP statements read from YAML files (fileset, yamldecode)', () => {
  // The shape of SCP modules that keep one YAML catalog per topic and build the document from
  // them with a dynamic statement block, conditions included.
  const SCP_MODULE = `variable "statements" {
  type = list(any)
}
variable "target_id" {
  type = string
}

data "aws_iam_policy_document" "this" {
  count = length(var.statements) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = var.statements
    content {
      sid       = lookup(statement.value, "sid", null)
      effect    = lookup(statement.value, "effect", null)
      actions   = lookup(statement.value, "actions", null)
      resources = lookup(statement.value, "resources", null)

      dynamic "condition" {
        for_each = lookup(statement.value, "conditions", [])
        content {
          test     = condition.value.test
          variable = condition.value.variable
          values   = condition.value.values
        }
      }
    }
  }
}

resource "aws_organizations_policy" "this" {
  count   = length(var.statements) > 0 ? 1 : 0
  name    = "guardrails"
  content = join("", data.aws_iam_policy_document.this.*.json)
}

resource "aws_organizations_policy_attachment" "this" {
  count     = length(var.statements) > 0 ? 1 : 0
  policy_id = join("", aws_organizations_policy.this.*.id)
  target_id = var.target_id
}
`;
  const ROOT = `${ORG}${FEATURES}
locals {
  statements = flatten([
    for f in fileset(path.module, "catalog/*.yaml") : yamldecode(file("\${path.module}/\${f}"))
  ])
}

module "scp" {
  source     = "./modules/scp"
  statements = local.statements
  target_id  = ${ROOT_ID}
}
`;
  const REGIONS = `- sid: DenyOtherRegions
  effect: Deny
  actions: ["*"]
  resources: ["*"]
  conditions:
    - test: StringNotEquals
      variable: aws:RequestedRegion
      values: [eu-west-1]
`;
  const rootCatalog = (test: string) => `# Deny the root user of every member account
- sid: DenyRootAccountAccess
  effect: "Deny"
  actions:
    - "*"
  resources:
    - "*"
  conditions:
    - test: ${test}
      variable: aws:PrincipalArn
      values:
        - arn:aws:iam::*:root
`;
  const tree = (catalog: Record<string, string>) => ({
    'org/main.tf': ROOT,
    'org/modules/scp/main.tf': SCP_MODULE,
    ...Object.fromEntries(Object.entries(catalog).map(([name, text]) => [`org/catalog/${name}`, text])),
  });

  it('a root deny in one of the catalogs covers the organization', async () => {
    const result = await scanFiles(tree({ 'account.yaml': rootCatalog('ArnLike'), 'regions.yaml': REGIONS }));
    expect(result.errors).toEqual([]);
    expect(result.unverified).toEqual([]);
    expect(ids(result)).toEqual([]);
  });

  it('without one, the missing root deny is a finding, not an unverified result', async () => {
    const result = await scanFiles(tree({ 'regions.yaml': REGIONS, 'notes.md': '# not a catalog\n' }));
    expect(result.unverified).toEqual([]);
    expect(ids(result)).toEqual(['RG002 org/main.tf:1']);
  });

  it('a StringEquals root condition read from YAML is judged ineffective', async () => {
    const result = await scanFiles(
      tree({ 'account.yaml': rootCatalog('StringEquals'), 'regions.yaml': REGIONS }),
    );
    expect(result.findings.map((f) => [f.ruleId, f.resource])).toEqual([
      ['RG002', 'aws_organizations_organization.org'],
      ['RG003', 'module.scp.aws_organizations_policy.this[0]'],
    ]);
  });
});

describe('modules', () => {
  const SCP_MODULE = `variable "target_id" {}

resource "aws_organizations_policy" "deny_root" {
  name = "deny-root"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      NotAction = ["s3:PutBucketPolicy", "s3:DeleteBucketPolicy"]
      Resource  = "*"
      Condition = { ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
    }]
  })
}

resource "aws_organizations_policy_attachment" "this" {
  policy_id = aws_organizations_policy.deny_root.id
  target_id = var.target_id
}
`;

  it('an SCP module called twice with different targets covers both OUs', async () => {
    const result = await scanFiles({
      'main.tf': `${ORG_WITH_OUS}
module "prod_guardrails" {
  source    = "./modules/scp"
  target_id = aws_organizations_organizational_unit.prod.id
}

module "sandbox_guardrails" {
  source    = "./modules/scp"
  target_id = aws_organizations_organizational_unit.sandbox.id
}
`,
      'modules/scp/main.tf': SCP_MODULE,
    });
    expect(result.errors).toEqual([]);
    expect(result.unverified).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('called once, the other OU is named as uncovered', async () => {
    const result = await scanFiles({
      'main.tf': `${ORG_WITH_OUS}
module "prod_guardrails" {
  source    = "./modules/scp"
  target_id = aws_organizations_organizational_unit.prod.id
}
`,
      'modules/scp/main.tf': SCP_MODULE,
    });
    expect(result.findings.map((f) => [f.ruleId, f.resource])).toEqual([
      ['RG002', 'aws_organizations_organizational_unit.sandbox'],
    ]);
  });

  it('an opaque registry module is reported as unverified, naming it', async () => {
    const result = await scanFiles({
      'main.tf': `${ORG}${FEATURES}
module "guardrails" {
  source  = "cloudposse/service-control-policies/aws"
  version = "0.15.1"
}
`,
    });
    expect(result.unverified).toContainEqual(
      expect.objectContaining({
        resource: 'module.guardrails',
        reason: expect.stringMatching(/cloudposse\/service-control-policies\/aws/),
      }),
    );
  });

  it('a registry module downloaded by terraform init is read through .terraform/modules/modules.json', async () => {
    const result = await scanFiles({
      'main.tf': `${ORG}${FEATURES}
module "guardrails" {
  source    = "example/scp/aws"
  version   = "1.0.0"
  target_id = ${ROOT_ID}
}
`,
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          {
            Key: 'guardrails',
            Source: 'registry.terraform.io/example/scp/aws',
            Version: '1.0.0',
            Dir: '.terraform/modules/guardrails',
          },
        ],
      }),
      '.terraform/modules/guardrails/main.tf': SCP_MODULE,
    });
    expect(result.errors).toEqual([]);
    expect(result.unverified).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

describe('for_each attachments', () => {
  const FOR_EACH_SCP = `variable "target_ids" {
  type = list(string)
}

resource "aws_organizations_policy" "deny_root" {
  name = "deny-root"
  content = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*", Condition = { StringLike = { "aws:PrincipalArn" = "arn:*:iam::*:root" } } }]
  })
}

resource "aws_organizations_policy_attachment" "deny_root" {
  for_each  = toset(var.target_ids)
  policy_id = aws_organizations_policy.deny_root.id
  target_id = each.value
}
`;
  const ACCOUNTS = `${ORG}${FEATURES}${account('app', '"ou-ab12-11111111"')}${account('data', '"ou-ab12-22222222"')}`;

  it('for_each = toset(var.target_ids) over literal OU ids from a tfvars file covers the accounts in them', async () => {
    const result = await scanFiles({
      'org/main.tf': ACCOUNTS,
      'scps/main.tf': FOR_EACH_SCP,
      'scps/terraform.tfvars': 'target_ids = ["ou-ab12-11111111", "ou-ab12-22222222"]\n',
    });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('leaving one OU out of the list names the account that is not covered', async () => {
    const result = await scanFiles({
      'org/main.tf': ACCOUNTS,
      'scps/main.tf': FOR_EACH_SCP,
      'scps/terraform.tfvars': 'target_ids = ["ou-ab12-11111111"]\n',
    });
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['RG002', expect.stringMatching(/ou-ab12-22222222/)],
    ]);
  });

  const CSV_SCP = FOR_EACH_SCP.replace(
    'toset(var.target_ids)',
    'toset([for row in csvdecode(file("${path.module}/targets.csv")) : row.id])',
  );

  it('targets listed in a CSV file and read with csvdecode are judged like literal ones', async () => {
    const csv = 'name,id\r\napp,ou-ab12-11111111\r\n"data, analytics",ou-ab12-22222222\r\n';
    const covered = await scanFiles({
      'org/main.tf': ACCOUNTS,
      'scps/main.tf': CSV_SCP,
      'scps/targets.csv': csv,
    });
    expect(covered.errors).toEqual([]);
    expect(covered.unverified).toEqual([]);
    expect(covered.findings).toEqual([]);

    const short = await scanFiles({
      'org/main.tf': ACCOUNTS,
      'scps/main.tf': CSV_SCP,
      'scps/targets.csv': 'name,id\napp,ou-ab12-11111111\n',
    });
    expect(short.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['RG002', expect.stringMatching(/ou-ab12-22222222/)],
    ]);
  });

  it('an unknown for_each collection makes coverage unverified, not a finding', async () => {
    const result = await scanFiles({ 'org/main.tf': ACCOUNTS, 'scps/main.tf': FOR_EACH_SCP });
    expect(result.errors).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'RG002')).toEqual([]);
    expect(result.unverified.filter((u) => u.ruleId === 'RG002')).not.toEqual([]);
  });
});

describe('OpenTofu', () => {
  it('reads .tofu files, and x.tofu takes the place of x.tf', async () => {
    const result = await scanFiles({
      'providers.tf': 'provider "aws" {\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n}\n',
      'providers.tofu': 'provider "aws" {\n  region = "eu-west-1"\n}\n',
      'keys.tofu': 'provider "aws" {\n  alias      = "b"\n  secret_key = "abc"\n}\n',
    });
    expect(result.errors).toEqual([]);
    expect(ids(result)).toEqual(['RG001 keys.tofu:3']);
  });
});

describe('partial knowledge', () => {
  const SCP = (regions: string) => `variable "allowed_regions" {
  type = list(string)${regions}
}

resource "aws_organizations_policy" "baseline" {
  name = "baseline"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyRootUser"
        Effect    = "Deny"
        Action    = "*"
        Resource  = "*"
        Condition = { StringLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
      },
      {
        Sid       = "DenyOtherRegions"
        Effect    = "Deny"
        NotAction = ["iam:*", "sts:*"]
        Resource  = "*"
        Condition = { StringNotEquals = { "aws:RequestedRegion" = var.allowed_regions } }
      },
    ]
  })
}
${attach('root', 'aws_organizations_policy.baseline.id', ROOT_ID)}`;

  it('a fully known root-deny statement counts although another statement depends on a variable with no value', async () => {
    const result = await scanFiles({ 'org.tf': ORG + FEATURES, 'scp.tf': SCP('') });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified).toEqual([]);
  });

  it('but an unknown statement never makes a policy a root deny', async () => {
    const result = await scanFiles({
      'org.tf': ORG + FEATURES,
      'scp.tf': `variable "root_pattern" {}

resource "aws_organizations_policy" "p" {
  name = "p"
  content = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*", Condition = { ArnLike = { "aws:PrincipalArn" = var.root_pattern } } }]
  })
}
${attach('root', 'aws_organizations_policy.p.id', ROOT_ID)}`,
    });
    expect(result.findings).toEqual([]);
    expect(result.unverified.map((u) => u.ruleId)).toEqual(['RG002']);
  });

  it('a policy document with an unexpandable dynamic statement keeps its static root-deny statement', async () => {
    const result = await scanFiles({
      'org.tf': ORG + FEATURES,
      'scp.tf': `variable "extra" {}

data "aws_iam_policy_document" "scp" {
  statement {
    sid       = "DenyRoot"
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "ArnLike"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::*:root"]
    }
  }
  dynamic "statement" {
    for_each = var.extra
    content {
      effect    = "Deny"
      actions   = statement.value
      resources = ["*"]
    }
  }
}

resource "aws_organizations_policy" "p" {
  name    = "p"
  content = data.aws_iam_policy_document.scp.json
}
${attach('root', 'aws_organizations_policy.p.id', ROOT_ID)}`,
    });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified).toEqual([]);
  });
});

describe('resource values', () => {
  it('are evaluated on first read, once, and read like plain data', async () => {
    const { dir, cleanup } = writeTree({
      'main.tf': `locals {
  name = "guard"
}

resource "aws_kms_key" "k" {
  description = "key for \${local.name}"
}

data "aws_iam_policy_document" "d" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "pretty" {
  policy = data.aws_iam_policy_document.d.json
}

resource "aws_iam_policy" "minified" {
  policy = data.aws_iam_policy_document.d.minified_json
}
`,
    });
    try {
      const load = await loadTerraform([dir], { cwd: dir, jobs: 1 });
      const byAddress = new Map(load.resources.map((r) => [r.address, r]));
      const key = byAddress.get('aws_kms_key.k');
      const first = key?.values;
      expect(first).toEqual({ description: 'key for guard' });
      expect(key?.values).toBe(first);
      // An own enumerable property: spreads, Object.keys and JSON see the values.
      expect(Object.keys(key ?? {})).toContain('values');
      expect(JSON.parse(JSON.stringify(key)).values).toEqual({ description: 'key for guard' });

      const pretty = byAddress.get('aws_iam_policy.pretty')?.values.policy;
      const minified = byAddress.get('aws_iam_policy.minified')?.values.policy;
      const expected = {
        Version: '2012-10-17',
        Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      };
      expect(pretty).toBe(JSON.stringify(expected, null, 2));
      expect(minified).toBe(JSON.stringify(expected));
    } finally {
      cleanup();
    }
  });
});

describe('long chains of locals', () => {
  /** `l0 = first`, each next local the one before, and an access key for the user the last one names. */
  function chain(length: number, first: string): Record<string, string> {
    const locals = Array.from({ length }, (_, i) => `  l${i} = ${i === 0 ? first : `local.l${i - 1}`}\n`);
    return {
      'main.tf': `locals {\n${locals.join('')}}\n\nresource "aws_iam_access_key" "k" {\n  user = local.l${length - 1}\n}\n`,
    };
  }

  it('thousands deep are still evaluated: the user named root at the end of the chain is found', async () => {
    const result = await scanFiles(chain(5000, '"root"'));
    expect(result.errors).toEqual([]);
    expect(ids(result)).toEqual(['RG001 main.tf:5005']);
  });

  it('a cycle closing a long chain makes the value unknown, saying why', async () => {
    const tree = writeTree(chain(500, 'local.l499'));
    try {
      const load = await loadTerraform([tree.dir], { cwd: tree.dir, jobs: 1 });
      expect(load.errors).toEqual([]);
      const user = load.resources.find((r) => r.address === 'aws_iam_access_key.k')?.values.user;
      expect(user).toBeInstanceOf(Unknown);
      expect((user as Unknown).reason).toMatch(/local\.l\d+ refers to itself/);
    } finally {
      tree.cleanup();
    }
  });
});

describe('an organization at scale', () => {
  it('20,000 accounts from one for_each are all in the organization, each under the root', async () => {
    const count = 20_000;
    const emails = Array.from({ length: count }, (_, i) => `    a${i} = "a${i}@example.com"\n`).join('');
    const tree = writeTree({
      'org.tf': `${ORG}
locals {
  accounts = {
${emails}  }
}

resource "aws_organizations_account" "member" {
  for_each  = local.accounts
  name      = each.key
  email     = each.value
  parent_id = aws_organizations_organization.org.roots[0].id
}
`,
    });
    try {
      const load = await loadTerraform([tree.dir], { cwd: tree.dir, jobs: 1 });
      expect(load.errors).toEqual([]);
      const accounts = [...buildOrgModel(load.resources).nodes.values()].filter((n) => n.kind === 'account');
      expect(accounts).toHaveLength(count);
      expect(new Set(accounts.map((a) => a.parent))).toEqual(new Set(['root']));
      expect(new Set(accounts.map((a) => a.name)).size).toBe(count);
    } finally {
      tree.cleanup();
    }
  });
});

describe('data "aws_partition"', () => {
  const PARTITION_SCP =
    'data "aws_partition" "current" {}\n\n' +
    jsonencodeScp('deny_root', 'ArnLike', 'arn:${data.aws_partition.current.partition}:iam::*:root') +
    attach('root', 'aws_organizations_policy.deny_root.id', ROOT_ID);

  /** Each attribute of data.aws_partition.current, as a module with these files evaluates it. */
  async function attributesWith(files: Record<string, string>): Promise<Record<string, unknown>> {
    const read = `resource "aws_ssm_parameter" "p" {
  name  = "partition"
  type  = "String"
  value = {
    partition          = data.aws_partition.current.partition
    id                 = data.aws_partition.current.id
    dns_suffix         = data.aws_partition.current.dns_suffix
    reverse_dns_prefix = data.aws_partition.current.reverse_dns_prefix
  }
}
`;
    const tree = writeTree({
      ...files,
      'modules/read/main.tf': 'data "aws_partition" "current" {}\n' + read,
    });
    try {
      const load = await loadTerraform([tree.dir], { cwd: tree.dir, jobs: 1 });
      expect(load.errors).toEqual([]);
      const parameter = load.resources.find((r) => r.address.endsWith('aws_ssm_parameter.p'));
      expect(parameter).toBeDefined();
      return parameter?.values.value as Record<string, unknown>;
    } finally {
      tree.cleanup();
    }
  }

  const CALL = 'module "read" {\n  source = "./modules/read"\n}\n';

  it('with count or for_each is the same partition in every instance', async () => {
    const scp = (source: string, reference: string) => ({
      'main.tf': 'provider "aws" {\n  region = "us-gov-west-1"\n}\n' + ORG + FEATURES,
      'scp.tf':
        `data "aws_partition" "current" {\n  ${source}\n}\n\n` +
        jsonencodeScp('deny_root', 'ArnLike', `arn:\${${reference}}:iam::*:root`) +
        attach('root', 'aws_organizations_policy.deny_root.id', ROOT_ID),
    });
    for (const [source, reference] of [
      ['count = 1', 'data.aws_partition.current[0].partition'],
      ['for_each = toset(["gov"])', 'data.aws_partition.current["gov"].partition'],
      ['count = 2', 'one(distinct(data.aws_partition.current[*].partition))'],
    ]) {
      const result = await scanFiles(scp(source!, reference!));
      expect(result.errors).toEqual([]);
      expect(result.unverified).toEqual([]);
      expect(ids(result)).toEqual([]);
    }
    // In GovCloud a pattern for the commercial partition does not reach the root user.
    const commercial = await scanFiles(scp('count = 1', '"aws"'));
    expect(ids(commercial)).toContain('RG003 scp.tf:7');
  });

  it('is the partition of the region every AWS provider names: a partition-aware root-deny SCP counts', async () => {
    const result = await scanFiles({
      'main.tf': 'provider "aws" {\n  region = "eu-west-1"\n}\n' + ORG + FEATURES,
      'scp.tf': PARTITION_SCP,
    });
    expect(result.errors).toEqual([]);
    expect(ids(result)).toEqual([]);
    expect(result.unverified).toEqual([]);
  });

  it('gives every attribute, in a called module too, for China and GovCloud regions', async () => {
    expect(
      await attributesWith({
        'main.tf':
          'variable "region" {\n  default = "cn-north-1"\n}\nprovider "aws" {\n  region = var.region\n}\n' +
          CALL,
      }),
    ).toEqual({
      partition: 'aws-cn',
      id: 'aws-cn',
      dns_suffix: 'amazonaws.com.cn',
      reverse_dns_prefix: 'cn.com.amazonaws',
    });
    expect(
      await attributesWith({
        'main.tf':
          'provider "aws" {\n  region = "us-gov-west-1"\n}\nprovider "aws" {\n  alias  = "east"\n  region = "us-gov-east-1"\n}\n' +
          CALL,
      }),
    ).toEqual({
      partition: 'aws-us-gov',
      id: 'aws-us-gov',
      dns_suffix: 'amazonaws.com',
      reverse_dns_prefix: 'com.amazonaws',
    });
  });

  it('is not known when a provider takes its region from the environment, providers disagree, or there is none', async () => {
    const cases = [
      'provider "aws" {}\n',
      'provider "aws" {\n  region = "us-east-1"\n}\nprovider "aws" {\n  alias  = "china"\n  region = "cn-north-1"\n}\n',
      'variable "region" {}\nprovider "aws" {\n  region = var.region\n}\n',
      '',
    ];
    for (const providers of cases) {
      const value = await attributesWith({ 'main.tf': providers + CALL });
      expect(value.partition).toBeInstanceOf(Unknown);
      expect(value.dns_suffix).toBeInstanceOf(Unknown);
    }
    const unknown = await scanFiles({
      'main.tf': 'provider "aws" {}\n' + ORG + FEATURES,
      'scp.tf': PARTITION_SCP,
    });
    expect(ids(unknown)).toEqual([]);
    expect(unknown.unverified.map((u) => u.ruleId)).toEqual(['RG002']);
  });
});

describe('a resource with count or for_each named whole', () => {
  /** OUs for each of `names`, a root-deny SCP per policy file, attached to the OUs the expression lists. */
  function estate(attachTo: string): Record<string, string> {
    return {
      'org.tf':
        ORG +
        FEATURES +
        `resource "aws_organizations_organizational_unit" "ou" {
  for_each  = toset(["prod", "dev"])
  name      = each.key
  parent_id = ${ROOT_ID}
}
${account('app', 'aws_organizations_organizational_unit.ou["prod"].id')}`,
      'scp.tf': `resource "aws_organizations_policy" "scp" {
  for_each = { deny_root = "arn:aws:iam::*:root" }
  name     = each.key
  content  = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = "*", Resource = "*", Condition = { ArnLike = { "aws:PrincipalArn" = each.value } } }]
  })
}

resource "aws_organizations_policy_attachment" "ou" {
  for_each  = { for pair in setproduct(keys(aws_organizations_policy.scp), ${attachTo}) : "\${pair[0]}-\${pair[1]}" => pair }
  policy_id = aws_organizations_policy.scp[each.value[0]].id
  target_id = aws_organizations_organizational_unit.ou[each.value[1]].id
}
`,
    };
  }

  it('has the instances Terraform knows before apply: keys() of them expands an attachment to every OU', async () => {
    const result = await scanFiles(estate('keys(aws_organizations_organizational_unit.ou)'));
    expect(result.errors).toEqual([]);
    expect(ids(result)).toEqual([]);
    expect(result.unverified).toEqual([]);
  });

  it('so an OU a for expression over them leaves out is found uncovered, not unverified', async () => {
    const result = await scanFiles(
      estate('[for k, ou in aws_organizations_organizational_unit.ou : k if k != "prod"]'),
    );
    expect(result.errors).toEqual([]);
    expect(ids(result)).toEqual(['RG002 org.tf:9']);
    expect(result.findings[0]?.message).toMatch(/OU "prod" .* is not covered by the root-deny SCP/);
    expect(result.unverified).toEqual([]);
  });

  it('for_each over the OUs themselves (each.value.id) attaches to each of them', async () => {
    const files = estate('keys(aws_organizations_organizational_unit.ou)');
    files['scp.tf'] = files['scp.tf']!.replace(
      /resource "aws_organizations_policy_attachment" "ou" \{[\s\S]*$/,
      `resource "aws_organizations_policy_attachment" "ou" {
  for_each  = aws_organizations_organizational_unit.ou
  policy_id = aws_organizations_policy.scp["deny_root"].id
  target_id = each.value.id
}
`,
    );
    expect(files['scp.tf']).toContain('for_each  = aws_organizations_organizational_unit.ou\n');
    const result = await scanFiles(files);
    expect(result.errors).toEqual([]);
    expect(ids(result)).toEqual([]);
    expect(result.unverified).toEqual([]);
  });

  it('is a list of instance references with count, each still linking to its instance', async () => {
    const tree = writeTree({
      'main.tf': `resource "aws_organizations_organizational_unit" "ou" {
  count     = 3
  name      = "ou-\${count.index}"
  parent_id = "r-ab12"
}

resource "aws_ssm_parameter" "p" {
  name  = "ous"
  type  = "String"
  value = { count = length(aws_organizations_organizational_unit.ou), ids = aws_organizations_organizational_unit.ou[*].id }
}
`,
    });
    try {
      const load = await loadTerraform([tree.dir], { cwd: tree.dir, jobs: 1 });
      expect(load.errors).toEqual([]);
      const value = load.resources.find((r) => r.address === 'aws_ssm_parameter.p')?.values.value as {
        count: unknown;
        ids: unknown[];
      };
      expect(value.count).toBe(3);
      expect(value.ids).toHaveLength(3);
      value.ids.forEach((id, i) => {
        expect(id).toBeInstanceOf(Unknown);
        expect((id as Unknown).refs).toEqual([
          { address: 'aws_organizations_organizational_unit.ou', path: [i, 'id'] },
        ]);
      });
    } finally {
      tree.cleanup();
    }
  });

  it('a target built from several OUs (a conditional not known statically) links to none of them', async () => {
    const result = await scanFiles({
      'org.tf': ORG_WITH_OUS,
      'scp.tf': `variable "prod_only" {
  type = bool
}
${jsonencodeScp('deny_root')}
${attach('deny_root', 'aws_organizations_policy.deny_root.id', 'var.prod_only ? aws_organizations_organizational_unit.prod.id : aws_organizations_organizational_unit.sandbox.id')}`,
    });
    expect(result.errors).toEqual([]);
    expect(ids(result)).toEqual([]);
    const reasons = result.unverified.map((u) => u.reason);
    expect(reasons).toHaveLength(2);
    for (const [i, name] of ['prod', 'sandbox'].entries()) {
      expect(reasons[i]).toMatch(new RegExp(`^OU "${name}" .* is not covered by the root-deny SCP`));
      expect(reasons[i]).toMatch(
        /target_id is not known statically \(aws_organizations_organizational_unit\.prod\.id, aws_organizations_organizational_unit\.sandbox\.id\): variable "prod_only" has no value/,
      );
    }
  });
});
