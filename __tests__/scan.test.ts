import { describe, expect, it } from '@jest/globals';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { scan } from '../src/scan.js';
import { scanFiles } from './helpers/rule-tester.js';
import { writeTree } from './helpers/sources.js';
import { FEATURES, ORG, ROOT_ID, attach, jsonencodeScp } from './helpers/terraform.js';

const root = path.resolve(import.meta.dirname, '..');

describe('scan of the examples', () => {
  it('insecure-org: one finding for each of RG001-RG004, at the right file:line', async () => {
    const result = await scan({ paths: ['examples/insecure-org'], cwd: root });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.location?.file, f.location?.line])).toEqual([
      ['RG001', 'examples/insecure-org/providers.tf', 13],
      ['RG002', 'examples/insecure-org/organization.tf', 1],
      ['RG004', 'examples/insecure-org/organization.tf', 24],
      ['RG003', 'examples/insecure-org/scp.tf', 7],
    ]);
    expect(result.summary).toEqual({ critical: 1, high: 3, medium: 0, low: 0 });
  });

  it('secure-org: no findings, nothing unverified', async () => {
    const result = await scan({ paths: ['examples/secure-org'], cwd: root });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified).toEqual([]);
  });
});

describe('scan robustness', () => {
  it('a file with a syntax error gives an error with its line; the good file next to it is still scanned', async () => {
    const result = await scanFiles({
      'bad.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n',
      'good.tf': 'provider "aws" {\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n}\n',
    });
    expect(result.errors).toEqual([
      { file: 'bad.tf', line: 2, message: expect.stringMatching(/Invalid expression/) },
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.location?.file, f.location?.line])).toEqual([
      ['RG001', 'good.tf', 2],
    ]);
  });

  it('reads .tf.json with the right lines', async () => {
    const result = await scanFiles({
      'main.tf.json': JSON.stringify(
        { provider: { aws: [{ region: 'us-east-1', access_key: 'AKIAIOSFODNN7EXAMPLE' }] } },
        null,
        2,
      ),
    });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.location?.line])).toEqual([['RG001', 6]]);
  });

  it('an invalid .tf.json is an error with a line', async () => {
    const result = await scanFiles({ 'x.tf.json': '{\n  "resource": {\n    "a": ,\n  }\n}' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file: 'x.tf.json', line: 3 });
  });

  it('skips .terraform/, node_modules/ and hidden folders', async () => {
    const key = 'provider "aws" {\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n}\n';
    const result = await scanFiles({
      '.terraform/modules/x/main.tf': key,
      'node_modules/y/main.tf': key,
      '.hidden/main.tf': key,
      'main.tf': '',
    });
    expect(result.findings).toEqual([]);
    expect(result.stats.files).toBe(1);
  });

  /** Scans only `root/` of the tree: the modules it calls are read from their own directories. */
  async function scanRoot(files: Record<string, string>) {
    const tree = writeTree(files);
    try {
      return await scan({ paths: ['root'], cwd: tree.dir });
    } finally {
      tree.cleanup();
    }
  }
  const KEY = 'provider "aws" {\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n}\n';
  const CALL = 'module "keys" {\n  source = "../modules/keys"\n}\n';

  it('skips hidden files as Terraform does (an editor backup of a block is not a second block)', async () => {
    const result = await scanRoot({
      'root/main.tf': CALL,
      'root/.main.tf': KEY,
      'modules/keys/.old.tf': KEY,
      'modules/keys/main.tf': '',
    });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.stats.files).toBe(2);
  });

  it('a called module directory reads linked files, and skips dangling links', async () => {
    const tree = writeTree({ 'root/main.tf': CALL, 'shared/keys.tf': KEY, 'modules/keys/main.tf': '' });
    try {
      symlinkSync('../../shared/keys.tf', path.join(tree.dir, 'modules/keys/keys.tf'));
      symlinkSync('../../shared/gone.tf', path.join(tree.dir, 'modules/keys/gone.tf'));
      const result = await scan({ paths: ['root'], cwd: tree.dir });
      expect(result.errors).toEqual([]);
      expect(result.findings.map((f) => [f.ruleId, f.location?.file])).toEqual([
        ['RG001', 'modules/keys/keys.tf'],
      ]);
    } finally {
      tree.cleanup();
    }
  });

  it('a called module directory prefers x.tofu over x.tf, as a scanned one does', async () => {
    const result = await scanRoot({
      'root/main.tf': CALL,
      'modules/keys/main.tf': KEY,
      'modules/keys/main.tofu': 'provider "aws" {\n  region = "eu-west-1"\n}\n',
    });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.stats.files).toBe(2);
  });
});

describe('no false alarms on ordinary code', () => {
  it('arn:aws:iam::<account>:root as a Principal is the account, not the root user', async () => {
    const result = await scanFiles({
      'bucket.tf': `resource "aws_s3_bucket_policy" "shared" {
  bucket = "shared-artifacts"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = ["arn:aws:iam::123456789012:root", "210987654321"] }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::shared-artifacts/*"
    }]
  })
}

resource "aws_kms_key" "k" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "EnableRootAccountPermissions"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}
`,
    });
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

describe('estate: organization rules judge all scanned stacks together', () => {
  it('an SCP stack attaching to the root declared in the org stack covers it', async () => {
    const result = await scanFiles({
      'org/main.tf': ORG + FEATURES,
      'scps/main.tf': `data "aws_organizations_organization" "current" {}

${jsonencodeScp('deny_root')}
${attach('root', 'aws_organizations_policy.deny_root.id', 'data.aws_organizations_organization.current.roots[0].id')}`,
    });
    expect(result.errors).toEqual([]);
    // Only coverage is the point here (no root-activity alarm, no root-session exemption: other rules).
    expect(result.findings.filter((f) => f.ruleId === 'RG002' || f.ruleId === 'RG003')).toEqual([]);
  });

  it('local modules are evaluated with their inputs and keep module addresses and their own file:line', async () => {
    const result = await scanFiles({
      'live/main.tf': `${ORG}${FEATURES}
module "guardrails" {
  source    = "../modules/scp"
  target_id = ${ROOT_ID}
  condition = "StringEquals"
}
`,
      'modules/scp/main.tf': `variable "target_id" {}
variable "condition" {
  default = "ArnLike"
}

resource "aws_organizations_policy" "deny_root" {
  name = "deny-root"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Action    = "*"
      Resource  = "*"
      Condition = { (var.condition) = { "aws:PrincipalArn" = "arn:aws:iam::*:root" } }
    }]
  })
}

resource "aws_organizations_policy_attachment" "this" {
  policy_id = aws_organizations_policy.deny_root.id
  target_id = var.target_id
}
`,
    });
    expect(result.errors).toEqual([]);
    const rg003 = result.findings.find((f) => f.ruleId === 'RG003');
    expect(rg003).toMatchObject({
      resource: 'module.guardrails.aws_organizations_policy.deny_root',
      location: { file: 'modules/scp/main.tf', line: 8 },
    });
    expect(
      result.findings
        .map((f) => f.ruleId)
        .filter((id) => id <= 'RG005')
        .sort(),
    ).toEqual(['RG002', 'RG003']);
  });
});
