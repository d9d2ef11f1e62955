// End-to-end HCL throughput: `node dist/cli.js scan <estate> --format json` on a synthetic estate of
// 2,000 files / ~35 MB / ~90,000 blocks with real policy shapes (jsonencode, heredocs,
// aws_iam_policy_document, dynamic blocks, local modules), with 1 and 2 parsing jobs, against the
// physical floor: a Node process that reads every file and counts its `{` bytes.
//
// Usage: node bench/hcl.bench.mjs [--runs N] [--files N] [--cli PATH] [--jobs 1,2] [--parser hcl2json]
// Prints one JSON object per measurement and line (the protocol bench/run.mjs reads). Jobs and
// parser reach the CLI as ROOTGUARD_JOBS / ROOTGUARD_PARSER. The estate is generated once per
// (generator version, seed, size) into the temporary directory and reused.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measureNode } from './measure.mjs';
import { prng } from './prng.mjs';

const GENERATOR_VERSION = 6;

const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:ListBucket',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'kms:Decrypt',
  'kms:Encrypt',
  'ec2:DescribeInstances',
  'logs:PutLogEvents',
  'sts:AssumeRole',
  'organizations:LeaveOrganization',
  'cloudtrail:StopLogging',
];

/** Block writers: each returns HCL text shaped like what real estates hold. */
function makeWriters(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
  const digits = (n) => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join('');
  const actions = (n) => {
    const set = new Set();
    while (set.size < n) set.add(pick(ACTIONS));
    return [...set];
  };
  return {
    ou: (id, org) => `resource "aws_organizations_organizational_unit" "ou_${id}" {
  name      = "workloads-${id}"
  parent_id = ${org ? 'aws_organizations_organization.org.roots[0].id' : `"r-${hex(4)}"`}

  tags = {
    Team        = "platform"
    Environment = var.environment
    CostCenter  = "cc-${digits(4)}"
  }
}
`,
    account: (id) => `resource "aws_organizations_account" "acct_${id}" {
  name      = "team-${id}-\${var.environment}"
  email     = "aws+team-${id}@example.com"
  parent_id = "ou-${hex(4)}-${hex(8)}"
  role_name = "OrganizationAccountAccessRole"

  lifecycle {
    ignore_changes = [role_name]
  }
}
`,
    scp: (id, good) => `# Guardrail ${id}: deny the root user in member accounts.
resource "aws_organizations_policy" "scp_${id}" {
  name        = "guardrail-${id}"
  description = "Deny root user actions (\${var.environment})"
  type        = "SERVICE_CONTROL_POLICY"

  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DenyRoot${id}"
        Effect   = "Deny"
        Action   = "*"
        Resource = "*"
        Condition = {
          ${good ? 'ArnLike' : 'StringEquals'} = {
            "aws:PrincipalArn" = ["arn:aws:iam::*:root"]
          }
        }
      },
      {
        Sid      = "DenyLeave${id}"
        Effect   = "Deny"
        Action   = ${JSON.stringify(actions(3))}
        Resource = "*"
      },
    ]
  })
}
`,
    attachment: (id) => `resource "aws_organizations_policy_attachment" "scp_${id}" {
  policy_id = aws_organizations_policy.scp_${id}.id
  target_id = aws_organizations_organization.org.roots[0].id
}
`,
    kmsKey: (id) => `resource "aws_kms_key" "key_${id}" {
  description             = "Key ${id} for \${var.environment}"
  deletion_window_in_days = 30
  enable_key_rotation     = true

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableRootPermissions"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${digits(12)}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AllowUse"
        Effect    = "Allow"
        Principal = { AWS = [for r in local.readers : r] }
        Action    = ${JSON.stringify(actions(2))}
        Resource  = "*"
        Condition = {
          StringEquals = { "kms:ViaService" = "s3.\${var.region}.amazonaws.com" }
        }
      },
    ]
  })
}
`,
    document: (id) => `data "aws_iam_policy_document" "doc_${id}" {
  statement {
    sid       = "Read${id}"
    effect    = "Allow"
    actions   = ${JSON.stringify(actions(2))}
    resources = ["arn:aws:s3:::bucket-${id}/*", "arn:aws:s3:::bucket-${id}"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${digits(12)}:role/reader-${id}"]
    }
  }

  dynamic "statement" {
    for_each = var.extra_statements
    content {
      sid       = statement.value.sid
      actions   = statement.value.actions
      resources = ["*"]
    }
  }

  statement {
    sid     = "DenyInsecure${id}"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
`,
    policy: (id) => `resource "aws_iam_policy" "policy_${id}" {
  name   = "reader-${id}"
  policy = data.aws_iam_policy_document.doc_${id}.json
}
`,
    role: (id) => `resource "aws_iam_role" "role_${id}" {
  name = "app-${id}-\${var.environment}"
  assume_role_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "Service": "ec2.amazonaws.com" },
          "Action": "sts:AssumeRole",
          "Condition": { "StringEquals": { "aws:SourceAccount": "${digits(12)}" } }
        }
      ]
    }
  EOT
  max_session_duration = ${3600 + Math.floor(rand() * 4) * 3600}
}
`,
    bucketPolicy: (id) => `resource "aws_s3_bucket_policy" "bucket_${id}" {
  bucket = "bucket-${id}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [for principal in local.readers : {
      Effect    = "Allow"
      Principal = { AWS = principal }
      Action    = ["s3:GetObject"]
      Resource  = "arn:aws:s3:::bucket-${id}/*"
    }]
  })
}
`,
    variable: (id) => `variable "setting_${id}" {
  description = "Setting ${id} for the stack"
  type        = string
  default     = "value-${hex(6)}"

  validation {
    condition     = length(var.setting_${id}) > 3
    error_message = "The setting must be longer than three characters."
  }
}
`,
    locals: (id) => `locals {
  readers_${id} = [for n in range(3) : "arn:aws:iam::${digits(12)}:role/reader-\${n}"]
  tags_${id} = merge(var.default_tags, {
    Component = "component-${id}" // trailing comment
    Owner     = "team-${hex(4)}"
  })
  enabled_${id} = var.environment == "prod" ? true : false
}
`,
    output: (id) => `output "role_${id}_arn" {
  value       = aws_iam_role.role_${id}.arn
  description = "ARN of role ${id}"
}
`,
    moduleCall: (id, source, forEach) => `module "baseline_${id}" {
  source = "${source}"
${forEach ? '  for_each = toset(["a", "b"])\n' : ''}
  environment = var.environment
  name        = "baseline-${id}${forEach ? '-${each.key}' : ''}"
  readers     = local.readers
}
`,
  };
}

const STACK_HEADER = `variable "environment" {
  type    = string
  default = "prod"
}

variable "default_tags" {
  type    = map(string)
  default = { ManagedBy = "terraform" }
}

variable "extra_statements" {
  type    = list(object({ sid = string, actions = list(string) }))
  default = [{ sid = "Extra", actions = ["s3:GetObject"] }]
}

variable "region" {
  type    = string
  default = "us-east-1"
}

locals {
  readers = ["arn:aws:iam::111122223333:role/a", "arn:aws:iam::111122223333:role/b"]
}
`;

const MODULE_HEADER = `variable "environment" {
  type = string
}
variable "name" {
  type = string
}
variable "readers" {
  type    = list(string)
  default = []
}
variable "default_tags" {
  type    = map(string)
  default = {}
}
variable "extra_statements" {
  type    = list(any)
  default = []
}
locals {
  readers = var.readers
}
`;

/**
 * Writes the estate: 99 stacks of 20 files and 4 small local modules of 5 files (2,000 files).
 * Returns its directory; generated once per version, seed and size.
 */
export function generateEstate({ seed = 42, files = 2000, targetFileBytes = 17500 } = {}) {
  const dir = path.join(tmpdir(), `rootguard-hcl-estate-v${GENERATOR_VERSION}-s${seed}-f${files}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const rand = prng(seed);
  const w = makeWriters(rand);
  const moduleDirs = 4;
  const moduleFiles = 5;
  const stackFiles = 20;
  const stacks = Math.max(1, Math.floor((files - moduleDirs * moduleFiles) / stackFiles));
  let id = 0;
  let blocks = 0;
  let scps = 0;
  const write = (file, text) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  for (let m = 0; m < moduleDirs; m++) {
    for (let f = 0; f < moduleFiles; f++) {
      let text = f === 0 ? MODULE_HEADER : '';
      blocks += f === 0 ? 6 : 0;
      for (let b = 0; b < 8; b++) {
        const n = id++;
        const kind = b % 4;
        text +=
          kind === 0
            ? w.role(n)
            : kind === 1
              ? w.document(n)
              : kind === 2
                ? w.policy(n - 1)
                : w.bucketPolicy(n);
        text += '\n';
        blocks++;
      }
      write(path.join(dir, 'modules', `m${m}`, `file${f}.tf`), text);
    }
  }
  for (let s = 0; s < stacks; s++) {
    const stackDir = path.join(dir, 'stacks', `s${String(s).padStart(3, '0')}`);
    for (let f = 0; f < stackFiles; f++) {
      let text = f === 0 ? STACK_HEADER : '';
      blocks += f === 0 ? 5 : 0;
      if (s === 0 && f === 0) {
        text += `resource "aws_organizations_organization" "org" {
  feature_set                   = "ALL"
  aws_service_access_principals = ["iam.amazonaws.com", "cloudtrail.amazonaws.com"]
  enabled_policy_types          = ["SERVICE_CONTROL_POLICY"]
}

resource "aws_iam_organizations_features" "root" {
  enabled_features = ["RootCredentialsManagement", "RootSessions"]
}
`;
        blocks += 2;
      }
      if (f === 1) {
        text += w.moduleCall(id++, `../../modules/m${s % moduleDirs}`, s % 3 === 0);
        blocks++;
      }
      while (text.length < targetFileBytes) {
        const n = id++;
        const r = rand();
        let block;
        if (s === 0) {
          // The organization's own stack: its OUs and its few SCPs, attached to the root.
          if (r < 0.5 && scps < 20) {
            scps++;
            block = w.scp(n, scps % 10 !== 0) + '\n' + w.attachment(n);
          } else block = w.ou(n, true);
        } else if (r < 0.04) block = w.account(n);
        else if (r < 0.25) block = w.document(n) + '\n' + w.policy(n);
        else if (r < 0.42) block = w.role(n) + '\n' + w.output(n);
        else if (r < 0.55) block = w.bucketPolicy(n);
        else if (r < 0.7) block = w.kmsKey(n);
        else if (r < 0.85) block = w.variable(n);
        else block = w.locals(n);
        blocks += (block.match(/^(?:resource|data|variable|locals|output|module) /gm) ?? []).length;
        text += block + '\n';
      }
      write(path.join(stackDir, `file${String(f).padStart(2, '0')}.tf`), text);
    }
  }
  writeFileSync(path.join(dir, '.blocks'), String(blocks));
  writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}

function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.name.endsWith('.tf')) out.push(full);
  }
  return out.sort();
}

/** The physical floor, as a process: read every .tf file under a directory and count its `{` bytes. */
const FLOOR = `
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
let braces = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.name.endsWith('.tf')) {
      const buf = readFileSync(full);
      for (let i = 0; i < buf.length; i++) if (buf[i] === 0x7b) braces++;
    }
  }
};
walk(process.argv[1]);
console.log(braces);
`;

function floorRun(dir) {
  return measureNode(['--input-type=module', '-e', FLOOR, dir]);
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      files: { type: 'string', default: '2000' },
      cli: { type: 'string', default: 'dist/cli.js' },
      jobs: { type: 'string', default: '1,2' },
      parser: { type: 'string' },
      seed: { type: 'string', default: '42' },
    },
  });
  const runs = Number(values.runs);
  const cli = path.resolve(values.cli);
  const dir = generateEstate({ seed: Number(values.seed), files: Number(values.files) });
  const files = listFiles(dir);
  const sizeBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const blocks = Number(readFileSync(path.join(dir, '.blocks'), 'utf8'));
  for (const jobs of values.jobs.split(',').map(Number)) {
    let best;
    let floor = Infinity;
    // Floor and scan take turns, so that both see the same load on a shared machine.
    for (let i = 0; i < runs; i++) {
      floor = Math.min(floor, floorRun(dir).seconds);
      const env = {
        ROOTGUARD_JOBS: String(jobs),
        ...(values.parser ? { ROOTGUARD_PARSER: values.parser } : {}),
      };
      const run = measureNode([cli, 'scan', dir, '--format', 'json', '--fail-on', 'none'], { env });
      if (run.status !== 0) {
        process.stderr.write(`scan exited ${run.status}: ${run.stderr.slice(0, 2000)}\n`);
        process.exitCode = 1;
        return;
      }
      if (!best || run.seconds < best.seconds)
        best = { ...run, findings: JSON.parse(run.stdout).findings.length };
    }
    const line = {
      bench: 'hcl',
      input: `${files.length} files, ${jobs} job${jobs === 1 ? '' : 's'}`,
      jobs,
      files: files.length,
      blocks,
      sizeBytes,
      seconds: round(best.seconds),
      mbPerSec: round(sizeBytes / 1e6 / best.seconds),
      floorSeconds: round(floor),
      ratio: round(best.seconds / floor),
      peakRssBytes: best.peakRssBytes,
      findings: best.findings,
      runs,
    };
    if (values.parser) line.parser = values.parser;
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
