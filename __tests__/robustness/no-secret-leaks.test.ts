/**
 * Credentials planted everywhere RootGuard reads them (provider blocks in HCL and .tf.json,
 * variable defaults, tfvars, sensitive plan values, a plan's provider_config) must appear in no
 * output: text, JSON, SARIF, the job summary, the PR comment, annotations and check-run
 * annotations, through the renderers and through the built CLI. Error messages about files that
 * do not parse must not quote them either: a secret sits next to the syntax error.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createBaseline } from '../../src/baseline.js';
import { rules } from '../../src/rules/index.js';
import {
  annotationsFor,
  capAnnotations,
  emitAnnotations,
  type AnnotationProperties,
} from '../../src/report/annotations.js';
import { checkAnnotations } from '../../src/report/check-run.js';
import { renderJson } from '../../src/report/json.js';
import { failureLine, renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { ansiStyle, renderText, verdictLine } from '../../src/report/text.js';
import { scan, type ScanResult } from '../../src/scan.js';
import { writeTree } from '../helpers/sources.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');

/** Each secret is planted in one place, so a failure says where it leaked from. */
const SECRETS = {
  hclVariableSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYVARDEFAULT',
  hclVariableKeyId: 'AKIAVARDEFAULT7EXAMP',
  hclLiteralKeyId: 'AKIAJ2345678LITERAL1',
  hclLiteralSecret: 'Zx9kLmN0pQrStUvWxYz1234567890LiTeRaLsEcR',
  hclToken: 'FwoGZXIvYXdzEJr//////////wEaDLITERALTOKEN',
  hclFunctionKeyId: 'AKIAQWERTYUIOPFUNCT1',
  hclFunctionSecret: 'Qq1kLmN0pQrStUvWxYz1234567890FuNcTiOnSeC',
  hclTemplateSecret: 'Tt1kLmN0pQrStUvWxYz1234567890TeMpLaTeSeC',
  hclModuleSecret: 'Mm1kLmN0pQrStUvWxYz1234567890MoDuLeInPuT',
  hclTagKeyId: 'AKIAPOIUYTREWQTAGVAL',
  jsonKeyId: 'AKIAJSONPROVIDER1234',
  jsonSecret: 'Jj1kLmN0pQrStUvWxYz1234567890JsOnAlIaSsE',
  tfvarsSecret: 'Vv1kLmN0pQrStUvWxYz1234567890TfVaRsFiLeS',
  planAfterSensitive: 'Pa1kLmN0pQrStUvWxYz1234567890AfTeRsEnSiT',
  planBeforeSensitive: 'Pb1kLmN0pQrStUvWxYz1234567890BeFoReSeNsI',
  planPriorSensitive: 'Pp1kLmN0pQrStUvWxYz1234567890PrIoRsEnSiT',
  planWholeSensitive: 'Pw1kLmN0pQrStUvWxYz1234567890WhOlEsEnSiT',
  planProviderKeyId: 'AKIAPLANPROVIDERCONF',
  planProviderSecret: 'Pc1kLmN0pQrStUvWxYz1234567890PrOvIdErCoN',
  planVariable: 'Pv1kLmN0pQrStUvWxYz1234567890SeNsItIvEvAr',
};

const HCL = `
variable "secret_key" {
  default = "${SECRETS.hclVariableSecret}"
}

variable "access_key" {
  type    = string
  default = "${SECRETS.hclVariableKeyId}"
}

variable "from_tfvars" {}

provider "aws" {
  access_key = var.access_key
  secret_key = var.secret_key
}

provider "aws" {
  alias      = "east"
  access_key = "${SECRETS.hclLiteralKeyId}"
  secret_key = "${SECRETS.hclLiteralSecret}"
  token      = "${SECRETS.hclToken}"
}

provider "aws" {
  alias      = "fn"
  access_key = upper("${SECRETS.hclFunctionKeyId}")
  secret_key = nosuchfunction("${SECRETS.hclFunctionSecret}")
  token      = "\${var.missing}${SECRETS.hclTemplateSecret}"
}

provider "aws" {
  alias      = "tfvars"
  secret_key = var.from_tfvars
  default_tags {
    tags = {
      Key = "${SECRETS.hclTagKeyId}"
    }
  }
}

module "child" {
  source = "./child"
  key    = "${SECRETS.hclModuleSecret}"
}

resource "aws_iam_access_key" "root" {
  user = "root"
}
`;

const CHILD = `
variable "key" {}

provider "aws" {
  alias      = "child"
  secret_key = var.key
}
`;

const TF_JSON = JSON.stringify({
  provider: {
    aws: [
      { region: 'us-east-1' },
      { alias: 'json', access_key: SECRETS.jsonKeyId, secret_key: SECRETS.jsonSecret },
    ],
  },
});

const PLAN = JSON.stringify({
  format_version: '1.2',
  variables: { db_password: { value: SECRETS.planVariable } },
  planned_values: {
    root_module: {
      resources: [
        {
          address: 'aws_iam_access_key.root',
          mode: 'managed',
          type: 'aws_iam_access_key',
          name: 'root',
          values: { user: 'root', secret: SECRETS.planAfterSensitive },
          sensitive_values: { secret: true },
        },
      ],
    },
  },
  resource_changes: [
    {
      address: 'aws_iam_access_key.root',
      type: 'aws_iam_access_key',
      name: 'root',
      change: {
        actions: ['create'],
        before: null,
        after: { user: 'root', secret: SECRETS.planAfterSensitive },
        after_unknown: { id: true },
        before_sensitive: false,
        after_sensitive: { secret: true },
      },
    },
    {
      address: 'aws_iam_access_key.old',
      type: 'aws_iam_access_key',
      name: 'old',
      change: {
        actions: ['delete'],
        before: { user: 'root', secret: SECRETS.planBeforeSensitive },
        after: null,
        before_sensitive: { secret: true },
        after_sensitive: false,
      },
    },
    {
      address: 'aws_organizations_policy.whole',
      type: 'aws_organizations_policy',
      name: 'whole',
      change: {
        actions: ['update'],
        before: { content: SECRETS.planWholeSensitive },
        after: { content: SECRETS.planWholeSensitive },
        before_sensitive: true,
        after_sensitive: true,
      },
    },
  ],
  prior_state: {
    values: {
      root_module: {
        resources: [
          {
            address: 'data.aws_secretsmanager_secret_version.db',
            mode: 'data',
            type: 'aws_secretsmanager_secret_version',
            name: 'db',
            values: { secret_string: SECRETS.planPriorSensitive },
            sensitive_values: { secret_string: true },
          },
        ],
      },
    },
  },
  configuration: {
    provider_config: {
      aws: {
        name: 'aws',
        full_name: 'registry.terraform.io/hashicorp/aws',
        expressions: {
          access_key: { constant_value: SECRETS.planProviderKeyId },
          secret_key: { constant_value: SECRETS.planProviderSecret },
        },
      },
    },
    root_module: { variables: { db_password: { sensitive: true } } },
  },
});

const FILES = {
  'main.tf': HCL,
  'child/main.tf': CHILD,
  'providers.tf.json': TF_JSON,
  'terraform.tfvars': `from_tfvars = "${SECRETS.tfvarsSecret}"\n`,
  'plan.json': PLAN,
};

/** Every 10-character piece of every secret: a partial leak is a leak. */
function expectNoSecret(where: string, text: string): void {
  for (const [name, secret] of Object.entries(SECRETS)) {
    for (let i = 0; i + 10 <= secret.length; i++) {
      const piece = secret.slice(i, i + 10);
      if (text.includes(piece))
        throw new Error(`${where} leaks ${name} ("${piece}…"):\n${text.slice(0, 4000)}`);
    }
  }
}

/** Every rendering of a result that a user or GitHub can see. */
function renderings(result: ScanResult, cwd: string): Record<string, string> {
  const ctx = { cwd, workspace: cwd };
  const annotations = annotationsFor(result, ctx);
  const emitted: string[] = [];
  const record = (message: string, properties: AnnotationProperties) =>
    emitted.push(JSON.stringify({ message, properties }));
  emitAnnotations(capAnnotations(annotations).shown, { error: record, warning: record, notice: record });
  const markdown = {
    ...ctx,
    failOn: result.failOn,
    rules,
    serverUrl: 'https://github.com',
    repository: 'o/r',
    sha: 'a'.repeat(40),
  };
  return {
    text: renderText(result, rules, result.failOn),
    'text (colour)': renderText(result, rules, result.failOn, ansiStyle()),
    verdict: verdictLine(result, result.failOn),
    json: renderJson(result),
    sarif: renderSarif(result, { ...ctx, rules, version: '0.0.0-test' }),
    'job summary': renderSummary(result, { ...markdown, unannotated: capAnnotations(annotations).hidden }),
    'PR comment': renderComment(result, markdown),
    annotations: emitted.join('\n'),
    'check-run annotations': JSON.stringify(checkAnnotations(annotations)),
    'failure line': failureLine(result, result.failOn) ?? '',
    baseline: JSON.stringify(createBaseline(result.findings)),
  };
}

describe('no secret leaks', () => {
  it('the planted sources are read: the findings the secrets should cause are there', async () => {
    const tree = writeTree(FILES);
    try {
      const result = await scan({ paths: ['.'], plans: ['plan.json'], cwd: tree.dir, config: false });
      const rg001 = result.findings.filter((f) => f.ruleId === 'RG001').map((f) => f.resource ?? '');
      expect(rg001).toEqual(
        expect.arrayContaining([
          'provider "aws"',
          'provider "aws" (alias "east")',
          'provider "aws" (alias "json")',
        ]),
      );
      // Sensitive plan values are read as what they are: sensitive, never as values.
      expect(JSON.stringify(result.unverified)).not.toContain(SECRETS.planAfterSensitive);
    } finally {
      tree.cleanup();
    }
  });

  it('no rendering of the scan quotes a credential', async () => {
    const tree = writeTree(FILES);
    try {
      const result = await scan({ paths: ['.'], plans: ['plan.json'], cwd: tree.dir, config: false });
      expect(result.findings.length).toBeGreaterThan(0);
      for (const [format, text] of Object.entries(renderings(result, tree.dir))) expectNoSecret(format, text);
      // The model itself carries no sensitive plan value.
      expectNoSecret('the result object', JSON.stringify(result));
    } finally {
      tree.cleanup();
    }
  });

  it('the CLI prints no credential, in text or JSON, on stdout or stderr', () => {
    const tree = writeTree(FILES);
    try {
      for (const format of ['text', 'json']) {
        const r = spawnSync(process.execPath, [cli, 'scan', '.', '--plan', 'plan.json', '--format', format], {
          cwd: tree.dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        });
        expect(r.status).toBe(1);
        expectNoSecret(`rootguard scan --format ${format} (stdout)`, r.stdout);
        expectNoSecret(`rootguard scan --format ${format} (stderr)`, r.stderr);
      }
    } finally {
      tree.cleanup();
    }
  });
});

describe('no secret leaks in errors about files that do not parse', () => {
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYERRORNEXT';
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'an unquoted secret in a .tf.json',
      { 'bad.tf.json': `{"provider": {"aws": {"secret_key": ${secret}}}}` },
      ['.'],
    ],
    [
      'a secret before a .tf.json syntax error',
      { 'bad.tf.json': `{"provider": {"aws": {"secret_key": "${secret}" "x"}}}` },
      ['.'],
    ],
    [
      'a secret before the end of a truncated .tf.json',
      { 'bad.tf.json': `{"provider": {"aws": {"secret_key": "${secret}"` },
      ['.'],
    ],
    [
      'a secret next to an HCL syntax error',
      { 'bad.tf': `provider "aws" {\n  secret_key = "${secret}" "${secret}"\n}\n` },
      ['.'],
    ],
    [
      'a secret in an unterminated HCL string',
      { 'bad.tf': `provider "aws" {\n  secret_key = "${secret}\n}\n` },
      ['.'],
    ],
    [
      'an unquoted secret in a plan',
      {
        'plan.json': `{"format_version":"1.2","configuration":{"provider_config":{"aws":{"expressions":{"secret_key":${secret}}}}}}`,
      },
      ['--plan', 'plan.json'],
    ],
    [
      'a secret before a plan syntax error',
      {
        'plan.json': `{"format_version":"1.2","variables":{"k":{"value":"${secret}"}} "resource_changes":[]}`,
      },
      ['--plan', 'plan.json'],
    ],
    [
      'an unquoted secret in a .tfvars.json',
      { 'main.tf': 'variable "k" {}\n', 'terraform.tfvars.json': `{"k": ${secret}}` },
      ['.'],
    ],
    [
      'a secret next to a .tfvars syntax error',
      { 'main.tf': 'variable "k" {}\n', 'terraform.tfvars': `k = "${secret}" +\n` },
      ['.'],
    ],
    [
      'an unquoted secret in a baseline',
      { 'main.tf': '', 'base.json': `{"version": 1, "findings": [${secret}]}` },
      ['.', '--baseline', 'base.json'],
    ],
    [
      'a secret in a broken .rootguard.yml',
      { 'main.tf': '', '.rootguard.yml': `ignore:\n  - rule: RG001\n   reason: ${secret}\n  x: [` },
      ['.'],
    ],
  ];

  it.each(cases)('%s: the error names the place, never the text', (_name, files, args) => {
    const tree = writeTree(files);
    try {
      for (const format of ['text', 'json']) {
        const r = spawnSync(process.execPath, [cli, 'scan', ...args, '--format', format], {
          cwd: tree.dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        });
        expect(r.status).toBe(2);
        for (let i = 0; i + 10 <= secret.length; i++) {
          const piece = secret.slice(i, i + 10);
          if (`${r.stdout}${r.stderr}`.includes(piece))
            throw new Error(`the ${format} output quotes the file ("${piece}…"):\n${r.stdout}\n${r.stderr}`);
        }
      }
    } finally {
      tree.cleanup();
    }
  });
});
