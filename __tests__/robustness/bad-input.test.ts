/**
 * Bad input, through the built CLI as a user runs it: each case gives an error that names the
 * file (and the line, where there is one), the rest of the scan goes on (a good file beside it
 * still yields its finding), the exit code is 2, and the report written with --output is whole
 * (no temporary file left behind).
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { writeTree } from '../helpers/sources.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');

interface Report {
  findings: { ruleId: string; location?: { file: string; line: number } }[];
  unverified: { ruleId: string; reason: string }[];
  warnings: { file: string; line?: number; message: string }[];
  errors: { file: string; line?: number; message: string }[];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The --output report, parsed. */
  report: Report;
  /** Files left in the working directory besides the inputs and the report. */
  leftovers: string[];
}

const GOOD_TF = 'provider "aws" {\n  region     = "us-east-1"\n  secret_key = "abc"\n}\n';
const GOOD_FINDING = 'RG001 good.tf:3';

/** Runs `rootguard scan ... --format json --output report.json` in a fresh directory. */
function scanIn(
  files: Record<string, string | Buffer>,
  args: string[],
  options: { timeoutMs?: number; prepare?: (dir: string) => void } = {},
): Run {
  const tree = writeTree(files);
  try {
    options.prepare?.(tree.dir);
    const before = new Set(listAll(tree.dir));
    const r = spawnSync(
      process.execPath,
      [cli, 'scan', ...args, '--format', 'json', '--output', 'report.json'],
      {
        cwd: tree.dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        // A guard against a hang, not a measure of speed: the cases must finish, however slowly.
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (r.error) throw new Error(`the CLI did not finish: ${r.error.message}`);
    const reportFile = path.join(tree.dir, 'report.json');
    expect(existsSync(reportFile)).toBe(true);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    const leftovers = listAll(tree.dir).filter((f) => !before.has(f) && f !== 'report.json');
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, report, leftovers };
  } finally {
    try {
      chmodRecursive(tree.dir);
    } finally {
      tree.cleanup();
    }
  }
}

function listAll(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    out.push(rel);
    if (entry.isDirectory() && !entry.isSymbolicLink())
      out.push(...listAll(path.join(dir, entry.name), `${rel}/`));
  }
  return out;
}

/** Makes everything removable again (a case may chmod a file to 000). */
function chmodRecursive(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    chmodSync(full, entry.isDirectory() ? 0o755 : 0o644);
    if (entry.isDirectory()) chmodRecursive(full);
  }
}

function findings(run: Run): string[] {
  return run.report.findings.map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`).sort();
}

/** The shape every failing case shares: exit 2, the good file still reported, nothing half-written. */
function expectInputError(run: Run): void {
  expect(run.code).toBe(2);
  expect(findings(run)).toContain(GOOD_FINDING);
  expect(run.leftovers).toEqual([]);
  expect(run.stdout).toBe(''); // the report went to the file
}

describe('bad Terraform input', () => {
  it.each([
    ['a missing expression', 'resource "x" "y" {\n  a = \n}\n', 2, /Invalid expression/],
    ['an unclosed block', 'resource "a" "b" {\n  x = 1\n', 1, /Unclosed configuration block/],
    [
      'a stray closing brace',
      'resource "a" "b" {\n  x = 1\n}\n}\n',
      4,
      /Argument or block definition required/,
    ],
    [
      'a string split over lines',
      'resource "a" "b" {\n  x = "unterminated\n}\n',
      2,
      /Invalid multi-line string/,
    ],
  ])('an HCL syntax error (%s) is an error at its line', (_name, content, line, message) => {
    const run = scanIn({ 'bad.tf': content, 'good.tf': GOOD_TF }, ['.']);
    expectInputError(run);
    expect(run.report.errors).toEqual([{ file: 'bad.tf', line, message: expect.stringMatching(message) }]);
  });

  it('an unterminated heredoc is an error with a line', () => {
    const run = scanIn({ 'bad.tf': 'resource "x" "y" {\n  a = <<EOF\nfoo\n', 'good.tf': GOOD_TF }, ['.']);
    expectInputError(run);
    expect(run.report.errors).toEqual([
      {
        file: 'bad.tf',
        line: expect.any(Number),
        message: expect.stringMatching(/Unterminated template string/),
      },
    ]);
    expect(run.report.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('a .tf.json syntax error is an error at its line', () => {
    const run = scanIn(
      {
        'bad.tf.json': '{\n  "resource": {\n    "aws_s3_bucket": {"b": {"bucket": "x",}}\n  }\n}\n',
        'good.tf': GOOD_TF,
      },
      ['.'],
    );
    expectInputError(run);
    expect(run.report.errors).toEqual([
      {
        file: 'bad.tf.json',
        line: 3,
        message: expect.stringMatching(/^invalid JSON: unexpected character at line 3/),
      },
    ]);
  });

  it('a binary .tf is an error that says so', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const run = scanIn({ 'blob.tf': binary, 'good.tf': GOOD_TF }, ['.']);
    expectInputError(run);
    expect(run.report.errors).toEqual([{ file: 'blob.tf', message: expect.stringMatching(/binary file/) }]);
  });

  it('a Latin-1 .tf (not UTF-8) is an error at the line of the first bad byte', () => {
    const latin1 = Buffer.from('resource "x" "y" {\n  a = 1\n  b = "caf\u00e9"\n}\n', 'latin1');
    const run = scanIn({ 'latin1.tf': latin1, 'good.tf': GOOD_TF }, ['.']);
    expectInputError(run);
    expect(run.report.errors).toEqual([
      { file: 'latin1.tf', line: 3, message: expect.stringMatching(/not valid UTF-8/) },
    ]);
  });

  it('a UTF-16 .tf with a BOM is read, not an error', () => {
    const source = 'resource "aws_iam_access_key" "k" {\n  user = "root"\n}\n';
    const run = scanIn(
      {
        'utf16.tf': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(source, 'utf16le')]),
        'good.tf': GOOD_TF,
      },
      ['.'],
    );
    expect(run.report.errors).toEqual([]);
    expect(findings(run)).toEqual([GOOD_FINDING, 'RG001 utf16.tf:2']);
    expect(run.code).toBe(1);
  });

  it('an empty .tf is no error', () => {
    const run = scanIn({ 'empty.tf': '', 'blank.tf': '\n\n', 'good.tf': GOOD_TF }, ['.']);
    expect(run.report.errors).toEqual([]);
    expect(findings(run)).toEqual([GOOD_FINDING]);
    expect(run.code).toBe(1);
  });

  it('a 50 MB single-line .tf.json is read without crashing, and its finding reported', () => {
    const run = scanIn({ 'good.tf': GOOD_TF }, ['.'], {
      timeoutMs: 170_000,
      prepare: (dir) => writeFileSync(path.join(dir, 'big.tf.json'), bigTfJson(50 * 1024 * 1024)),
    });
    expect(run.report.errors).toEqual([]);
    expect(findings(run)).toEqual(['RG001 big.tf.json:1', GOOD_FINDING]);
    expect(run.code).toBe(1);
  }, 200_000);

  it('a .tf.json of 150,000 locals blocks is read whole, neither crashing nor hanging', () => {
    // One locals block per element, as generators write them. Past about 120,000, push(...blocks)
    // overflowed the stack; and each block copied the attribute lines of all of them (quadratic).
    const blocks = JSON.stringify({
      locals: Array.from({ length: 150_000 }, (_, i) => ({ [`l${i}`]: i })),
      provider: { aws: { region: 'us-east-1', secret_key: 'abc' } },
    });
    const run = scanIn({ 'good.tf': GOOD_TF, 'many.tf.json': blocks }, ['.']);
    expect(run.report.errors).toEqual([]);
    expect(findings(run)).toEqual([GOOD_FINDING, 'RG001 many.tf.json:1']);
    expect(run.code).toBe(1);
  });

  it('locals that share their parts into a tree larger than memory neither crash nor hang the scan', () => {
    // Nine levels of nine references: 9^9 (387 million) strings if walked as a tree.
    const levels = ['  l0 = ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `  l${i} = [${Array(9)
          .fill(`local.l${i - 1}`)
          .join(', ')}]`,
      );
    const bomb = `locals {
${levels.join('\n')}
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { owners = local.l8 }
  }
}

data "aws_iam_policy_document" "wide" {
  statement {
    actions   = flatten(local.l8)
    resources = ["*"]
  }
}

resource "aws_iam_policy" "wide" {
  policy = data.aws_iam_policy_document.wide.json
}

resource "aws_organizations_policy" "deny_root" {
  content = jsonencode({ Statement = [{ Effect = "Deny", Action = local.l8, Resource = "*" }] })
}

resource "aws_s3_bucket_policy" "p" {
  bucket = "b"
  policy = yamldecode(join("\\n", ["a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]"]))
}
`;
    const run = scanIn({ 'bomb.tf': bomb, 'good.tf': GOOD_TF }, ['.']);
    expect(run.report.errors).toEqual([]);
    expect(findings(run)).toEqual([GOOD_FINDING]);
    expect(run.report.unverified).toContainEqual(
      expect.objectContaining({ ruleId: 'RG002', reason: expect.stringMatching(/too large to encode/) }),
    );
    expect(run.code).toBe(1);
  });

  it('a directory symlink to its parent (a loop) neither hangs nor duplicates findings', () => {
    const run = scanIn({ 'good.tf': GOOD_TF, 'sub/main.tf': '' }, ['.'], {
      prepare: (dir) => {
        symlinkSync('..', path.join(dir, 'sub', 'loop'), 'dir');
        mkdirSync(path.join(dir, 'sub', 'deeper'));
        symlinkSync('../..', path.join(dir, 'sub', 'deeper', 'up'), 'dir');
      },
    });
    expect(run.report.errors).toEqual([]);
    expect(findings(run)).toEqual([GOOD_FINDING]);
    expect(run.code).toBe(1);
  });

  // Root reads a file whatever its mode, so the case cannot happen when the tests run as root
  // (as they do in many CI containers); it runs everywhere else.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)('an unreadable .tf (mode 000) is an error naming it', () => {
    const run = scanIn({ 'secret.tf': 'resource "a" "b" {}\n', 'good.tf': GOOD_TF }, ['.'], {
      prepare: (dir) => chmodSync(path.join(dir, 'secret.tf'), 0o000),
    });
    expectInputError(run);
    expect(run.report.errors).toEqual([
      { file: 'secret.tf', message: expect.stringMatching(/cannot read file: EACCES/) },
    ]);
  });

  it('a --var-file that does not exist is an error naming it', () => {
    const run = scanIn({ 'good.tf': GOOD_TF }, ['.', '--var-file', 'nope.tfvars']);
    expectInputError(run);
    expect(run.report.errors).toEqual([
      { file: 'nope.tfvars', message: expect.stringMatching(/cannot be read/) },
    ]);
  });

  it('a --var-file that does not exist is an error even when no root module reads it', () => {
    const run = scanIn({ 'plan.json': fixture('scp-attachment-deleted') }, [
      '--plan',
      'plan.json',
      '--var-file',
      'nope.tfvars',
    ]);
    expect(run.code).toBe(2);
    expect(run.report.errors).toEqual([
      { file: 'nope.tfvars', message: expect.stringMatching(/cannot be read/) },
    ]);
  });

  it('a directory with no Terraform at all: exit 2 with a clear message (a forgotten checkout must not pass)', () => {
    const tree = writeTree({ 'README.md': '# nothing here\n' });
    try {
      const r = spawnSync(process.execPath, [cli, 'scan', '.'], {
        cwd: tree.dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toMatch(
        /\. {2}no Terraform files \(\.tf, \.tf\.json, \.tofu, \.tofu\.json\) found here/,
      );
    } finally {
      tree.cleanup();
    }
  });
});

function fixture(name: string): string {
  return readFileSync(path.join(root, '__fixtures__/plans', `${name}.json`), 'utf8');
}

const ruleIds = (run: Run): string[] => run.report.findings.map((f) => f.ruleId).sort();
let planned: string[] | undefined;
/** What scp-attachment-deleted.json gives as written (UTF-8, its own format_version): RG005 and more. */
function plainPlanRules(): string[] {
  planned ??= ruleIds(scanIn({ 'plan.json': fixture('scp-attachment-deleted') }, ['--plan', 'plan.json']));
  expect(planned).toContain('RG005');
  return planned;
}

describe('bad plan input', () => {
  it('a plan that is not JSON is an error at its line', () => {
    const run = scanIn({ 'bad.json': '{\n  "format_version": "1.2",\n  oops\n}\n', 'good.tf': GOOD_TF }, [
      '.',
      '--plan',
      'bad.json',
    ]);
    expectInputError(run);
    expect(run.report.errors).toEqual([
      {
        file: 'bad.json',
        line: 3,
        message: expect.stringMatching(/^not valid JSON: unexpected character at line 3/),
      },
    ]);
  });

  it('JSON that is not a plan is an error that says what it is', () => {
    const run = scanIn(
      { 'state.json': '{"format_version":"1.0","values":{"root_module":{}}}', 'good.tf': GOOD_TF },
      ['.', '--plan', 'state.json'],
    );
    expectInputError(run);
    expect(run.report.errors).toEqual([
      { file: 'state.json', message: expect.stringMatching(/not a Terraform plan: this is Terraform state/) },
    ]);
  });

  it('a plan with an unknown format_version is read with a warning', () => {
    const doc = JSON.parse(fixture('scp-attachment-deleted')) as Record<string, unknown>;
    const run = scanIn({ 'plan.json': JSON.stringify({ ...doc, format_version: '9.0' }) }, [
      '--plan',
      'plan.json',
    ]);
    expect(run.report.errors).toEqual([]);
    expect(ruleIds(run)).toEqual(plainPlanRules());
    const said = [
      ...run.report.warnings.map((w) => w.message),
      ...run.report.unverified.map((u) => u.reason),
    ];
    expect(said).toContainEqual(expect.stringMatching(/format_version "9\.0" is not one RootGuard knows/));
    expect(run.code).toBe(1);
  });

  it('a plan in UTF-16 with a BOM (PowerShell) is read', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(fixture('scp-attachment-deleted'), 'utf16le'),
    ]);
    const run = scanIn({ 'plan.json': utf16 }, ['--plan', 'plan.json']);
    expect(run.report.errors).toEqual([]);
    expect(ruleIds(run)).toEqual(plainPlanRules());
    expect(run.report.findings.every((f) => f.location?.file === 'plan.json')).toBe(true);
  });

  it('a plan file that does not exist is an error naming it; the Terraform beside it is still scanned', () => {
    const run = scanIn({ 'good.tf': GOOD_TF }, ['.', '--plan', 'missing.json']);
    expectInputError(run);
    expect(run.report.errors).toEqual([
      { file: 'missing.json', message: 'cannot read plan file: ENOENT: no such file' },
    ]);
  });
});

/**
 * One line of CDKTF-style JSON of about `size` bytes: many buckets, and one provider with a
 * static key (RG001) so that the file's own finding shows it was read.
 */
function bigTfJson(size: number): string {
  const buckets: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const name = `bucket_${i}`;
    const body = JSON.stringify({
      bucket: `rootguard-${i}`,
      tags: { Name: name, Team: 'platform', Owner: 'x'.repeat(200) },
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObject',
            Resource: `arn:aws:s3:::rootguard-${i}/*`,
          },
        ],
      }),
    });
    const entry = `${JSON.stringify(name)}:${body}`;
    buckets.push(entry);
    length += entry.length + 1;
  }
  return `{"provider":{"aws":[{"region":"us-east-1","secret_key":"abc"}]},"resource":{"aws_s3_bucket":{${buckets.join(',')}}}}`;
}
