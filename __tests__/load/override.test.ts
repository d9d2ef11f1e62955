import { describe, expect, it } from '@jest/globals';
import { scan } from '../../src/scan.js';
import { loadTerraform } from '../../src/load/terraform.js';
import { isOverrideFile } from '../../src/load/override.js';
import { attributeLocation } from '../../src/model/resource.js';
import type { HclParser } from '../../src/load/hcl.js';
import { rules } from '../../src/rules/index.js';
import { writeTree } from '../helpers/sources.js';
import { FEATURES, ORG, ROOT_ID, attach, jsonencodeScp } from '../helpers/terraform.js';

const GUARDED_ORG =
  ORG +
  FEATURES +
  jsonencodeScp('deny_root') +
  attach('deny_root', 'aws_organizations_policy.deny_root.id', ROOT_ID);

/** The rules these fixtures are about: they carry no root-activity alarm and no AssumedRoot exemption. */
const GUARDRAIL_RULES = rules.filter((r) => ['RG001', 'RG002', 'RG003', 'RG004'].includes(r.id));

async function scanTree(files: Record<string, string>, parser: HclParser) {
  const tree = writeTree(files);
  try {
    return await scan({ paths: [tree.dir], cwd: tree.dir, parser, jobs: 1, rules: GUARDRAIL_RULES });
  } finally {
    tree.cleanup();
  }
}

async function load(files: Record<string, string>, parser: HclParser) {
  const tree = writeTree(files);
  try {
    return await loadTerraform([tree.dir], { cwd: tree.dir, parser, jobs: 1 });
  } finally {
    tree.cleanup();
  }
}

const findingsOf = (result: Awaited<ReturnType<typeof scan>>) =>
  result.findings.map((f) => [f.ruleId, f.location?.file, f.location?.line]);

describe('isOverrideFile', () => {
  it('knows override.tf, *_override.tf and their JSON and OpenTofu forms, and nothing else', () => {
    for (const name of [
      'override.tf',
      'a/b/override.tf.json',
      'dev_override.tf',
      'x_override.tofu',
      'override.tofu.json',
    ])
      expect(isOverrideFile(name)).toBe(true);
    for (const name of ['overrides.tf', 'myoverride.tf', 'override_dev.tf', 'main.tf', 'override.tf.bak'])
      expect(isOverrideFile(name)).toBe(false);
  });
});

describe.each<HclParser>(['native', 'hcl2json'])('override files (%s parser)', (parser) => {
  it('the secure organization stays clean without an override', async () => {
    const result = await scanTree({ 'main.tf': GUARDED_ORG }, parser);
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('count = 0 in an override removes the root-deny attachment: the SCP protects nothing', async () => {
    const result = await scanTree(
      {
        'main.tf': GUARDED_ORG,
        'override.tf': 'resource "aws_organizations_policy_attachment" "deny_root" {\n  count = 0\n}\n',
      },
      parser,
    );
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['RG002', expect.stringMatching(/deny_root is not attached to anything/)],
    ]);
  });

  it("an override's content replaces the SCP's: an Allow-all policy denies no root user", async () => {
    const result = await scanTree(
      {
        'main.tf': GUARDED_ORG,
        'scp_override.tf': `resource "aws_organizations_policy" "deny_root" {
  content = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}
`,
      },
      parser,
    );
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['RG002']);
  });

  it('a finding on an overridden argument points at the override file and line', async () => {
    const result = await scanTree(
      {
        'main.tf': GUARDED_ORG,
        'override.tf': `# features trimmed for a sandbox
resource "aws_iam_organizations_features" "root" {
  enabled_features = ["RootCredentialsManagement"]
}
`,
      },
      parser,
    );
    expect(result.errors).toEqual([]);
    expect(findingsOf(result)).toEqual([['RG004', 'override.tf', 3]]);
    expect(result.findings[0]?.message).toMatch(/does not enable RootSessions/);
  });

  it('an override can fix what the primary file gets wrong, and is not read as a second resource', async () => {
    const weak = GUARDED_ORG.replace(
      '"RootCredentialsManagement", "RootSessions"',
      '"RootCredentialsManagement"',
    );
    const before = await scanTree({ 'main.tf': weak }, parser);
    expect(before.findings.map((f) => f.ruleId)).toEqual(['RG004']);
    const after = await scanTree({ 'main.tf': weak, 'override.tf': FEATURES }, parser);
    expect(after.errors).toEqual([]);
    expect(after.findings).toEqual([]);
  });

  it('override files apply in name order, later ones over earlier ones; override.tf.json too', async () => {
    const files = {
      'main.tf': GUARDED_ORG,
      'a_override.tf': 'resource "aws_organizations_policy_attachment" "deny_root" {\n  count = 0\n}\n',
      'b_override.tf.json': JSON.stringify({
        resource: { aws_organizations_policy_attachment: { deny_root: { count: 1 } } },
      }),
    };
    const result = await scanTree(files, parser);
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    const swapped = await scanTree(
      {
        ...files,
        'c_override.tf': 'resource "aws_organizations_policy_attachment" "deny_root" {\n  count = 0\n}\n',
      },
      parser,
    );
    expect(swapped.findings.map((f) => f.ruleId)).toEqual(['RG002']);
  });

  it('arguments are replaced one by one; the rest of the block stays', async () => {
    const { resources, errors } = await load(
      {
        'main.tf': `resource "aws_s3_bucket" "b" {
  bucket = "logs"
  tags   = { team = "platform" }
  lifecycle {
    ignore_changes  = [tags]
    prevent_destroy = true
  }
}
`,
        'override.tf': `resource "aws_s3_bucket" "b" {
  bucket = "logs-dev"

  lifecycle {
    prevent_destroy = false
  }
}
`,
      },
      parser,
    );
    expect(errors).toEqual([]);
    expect(resources).toHaveLength(1);
    const [bucket] = resources;
    expect(bucket!.values).toMatchObject({ bucket: 'logs-dev', tags: { team: 'platform' } });
    expect(bucket!.location).toEqual({ file: 'main.tf', line: 1 });
    expect(attributeLocation(bucket!, 'bucket')).toEqual({ file: 'override.tf', line: 2 });
    expect(attributeLocation(bucket!, 'tags')).toEqual({ file: 'main.tf', line: 3 });
    expect(attributeLocation(bucket!, 'lifecycle.prevent_destroy')).toEqual({ file: 'override.tf', line: 5 });
    expect(attributeLocation(bucket!, 'lifecycle.ignore_changes')).toEqual({ file: 'main.tf', line: 5 });
  });

  it("a lifecycle is merged argument by argument: the base's ignore_changes outlives an override's prevent_destroy", async () => {
    const org = `resource "aws_organizations_organization" "org" {
  feature_set = "ALL"

  lifecycle {
    ignore_changes = [aws_service_access_principals]
  }
}
${FEATURES}${jsonencodeScp('deny_root')}${attach('deny_root', 'aws_organizations_policy.deny_root.id', ROOT_ID)}`;
    const result = await scanTree(
      {
        'main.tf': org,
        'override.tf':
          'resource "aws_organizations_organization" "org" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
      },
      parser,
    );
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified.map((u) => u.reason)).toEqual([
      expect.stringMatching(/aws_service_access_principals is not known/),
    ]);
    // An empty ignore_changes in an override sets nothing: the base's stays.
    const emptied = await scanTree(
      {
        'main.tf': org,
        'override.tf':
          'resource "aws_organizations_organization" "org" {\n  lifecycle {\n    ignore_changes = []\n  }\n}\n',
      },
      parser,
    );
    expect(emptied.findings).toEqual([]);
    expect(emptied.unverified.map((u) => u.reason)).toEqual([
      expect.stringMatching(/aws_service_access_principals is not known/),
    ]);
  });

  const POLICY_DOCUMENT = `locals {
  admins = ["arn:aws:iam::111122223333:role/admin"]
}

data "aws_iam_policy_document" "p" {
  statement {
    sid       = "A"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
  dynamic "statement" {
    for_each = local.admins
    content {
      sid       = "B"
      actions   = ["s3:*"]
      resources = ["*"]
    }
  }
  statement {
    sid       = "D"
    actions   = ["s3:PutObject"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "p" {
  policy = data.aws_iam_policy_document.p.json
}
`;

  async function statementIds(override: string): Promise<{ sids: string[]; line: unknown }> {
    const { resources, errors } = await load({ 'main.tf': POLICY_DOCUMENT, 'override.tf': override }, parser);
    expect(errors).toEqual([]);
    const doc = resources.find((r) => r.address === 'data.aws_iam_policy_document.p');
    const policy = resources.find((r) => r.address === 'aws_iam_policy.p');
    const statements = JSON.parse(String(policy!.values.policy)).Statement as { Sid: string }[];
    return { sids: statements.map((s) => s.Sid), line: attributeLocation(doc!, 'statement') };
  }

  it('a nested block type in an override replaces all of its blocks, written out or dynamic', async () => {
    expect(
      await statementIds(`data "aws_iam_policy_document" "p" {
  statement {
    sid       = "C"
    actions   = ["s3:ListBucket"]
    resources = ["*"]
  }
}
`),
    ).toEqual({ sids: ['C'], line: { file: 'override.tf', line: 2 } });
    expect(
      await statementIds(`data "aws_iam_policy_document" "p" {
  dynamic "statement" {
    for_each = ["E"]
    content {
      sid       = statement.value
      actions   = ["s3:ListBucket"]
      resources = ["*"]
    }
  }
}
`),
    ).toEqual({ sids: ['E'], line: { file: 'override.tf', line: 2 } });
    // Another block type leaves the statements alone.
    expect(
      (await statementIds('data "aws_iam_policy_document" "p" {\n  version = "2012-10-17"\n}\n')).sids.sort(),
    ).toEqual(['A', 'B', 'D']);
  });

  it('locals, variables and module arguments are overridden by name', async () => {
    const { resources, errors } = await load(
      {
        'main.tf': `variable "name" {
  type    = string
  default = "prod"
}
locals {
  prefix = "p"
}
locals {
  suffix = "s"
}
resource "aws_s3_bucket" "b" {
  bucket = "\${local.prefix}-\${var.name}-\${local.suffix}"
}
`,
        'override.tf': `variable "name" {
  default = "dev"
}
locals {
  suffix = "x"
}
`,
      },
      parser,
    );
    expect(errors).toEqual([]);
    expect(resources.map((r) => r.values.bucket)).toEqual(['p-dev-x']);
  });

  it('a default provider may be added by an override; static keys there are found there', async () => {
    const result = await scanTree(
      {
        'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "logs"\n}\n',
        'localstack_override.tf': `provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
`,
      },
      parser,
    );
    expect(result.errors).toEqual([]);
    expect(findingsOf(result)).toEqual([['RG001', 'localstack_override.tf', 3]]);
  });

  it('a removed block in an override file is not merged into the removed blocks of the module', async () => {
    const removed = (destroy: boolean) =>
      `removed {\n  from = aws_organizations_policy_attachment.deny_root\n  lifecycle {\n    destroy = ${destroy}\n  }\n}\n`;
    const result = await scanTree(
      {
        'main.tf': ORG + FEATURES + jsonencodeScp('deny_root') + removed(false),
        'override.tf': removed(true),
      },
      parser,
    );
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified.map((u) => u.ruleId)).toEqual(['RG002']);
  });

  it('what Terraform rejects in an override is an error naming file and line; the rest still merges', async () => {
    const result = await scanTree(
      {
        'main.tf': GUARDED_ORG + 'provider "aws" {\n  region = "us-east-1"\n}\n',
        'override.tf': `resource "aws_organizations_policy" "typo" {
  content = "{}"
}

provider "aws" {
  alias  = "audit"
  region = "eu-west-1"
}

locals {
  missing = 1
}

resource "aws_organizations_policy_attachment" "deny_root" {
  depends_on = [aws_organizations_organization.org]
  count      = 0
}
`,
      },
      parser,
    );
    expect([...result.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))).toEqual([
      {
        file: 'override.tf',
        line: 1,
        message: expect.stringMatching(
          /^Missing resource to override: there is no aws_organizations_policy resource named "typo"/,
        ),
      },
      {
        file: 'override.tf',
        line: 5,
        message: expect.stringMatching(/^Missing base provider configuration for override: .*alias "audit"/),
      },
      {
        file: 'override.tf',
        line: 11,
        message: expect.stringMatching(/^Missing base local value definition to override: .*"missing"/),
      },
      {
        file: 'override.tf',
        line: 15,
        message: 'Unsupported override: the depends_on argument may not be overridden.',
      },
    ]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['RG002']);
  });
});
