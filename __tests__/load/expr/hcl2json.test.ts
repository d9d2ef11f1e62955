/**
 * End to end through @cdktf/hcl2json: real .tf text is converted to JSON exactly as the loader
 * will see it, then every string is evaluated. Expected values are what `terraform console`
 * prints for the same expressions.
 */
import { describe, expect, it } from '@jest/globals';
import { parse } from '@cdktf/hcl2json';
import { Unknown, isObject } from '../../../src/model/value.js';
import type { Value, ValueObject } from '../../../src/model/value.js';
import { evaluateTemplateString, staticScope } from '../../../src/load/expr/index.js';
import type { Scope } from '../../../src/load/expr/index.js';

const scope: Scope = staticScope({
  variables: {
    env: 'prod',
    account: '111122223333',
    principals: ['111', '222'],
    accounts: [
      { name: 'audit', id: '1', enabled: true },
      { name: 'sandbox', id: '2', enabled: false },
    ],
    key: 'dynamic',
  },
});

/** Evaluates an hcl2json value the way the loader will: strings are templates, keys too. */
function evaluateJson(value: unknown): Value {
  if (typeof value === 'string') return evaluateTemplateString(value, scope);
  if (Array.isArray(value)) return value.map(evaluateJson);
  if (value !== null && typeof value === 'object') {
    const out: ValueObject = {};
    for (const [k, v] of Object.entries(value)) {
      const key = evaluateTemplateString(k, scope);
      out[typeof key === 'string' ? key : k] = evaluateJson(v);
    }
    return out;
  }
  return value as Value;
}

async function block(tf: string, ...path: string[]): Promise<ValueObject> {
  const json = (await parse('main.tf', tf)) as Record<string, unknown>;
  let node: unknown = json;
  for (const p of path) node = (node as Record<string, unknown>)[p];
  // hcl2json wraps each block body in a one-element array.
  const body = Array.isArray(node) ? node[0] : node;
  const evaluated = evaluateJson(body);
  if (!isObject(evaluated)) throw new Error('expected an object body');
  return evaluated;
}

describe('hcl2json output evaluates to Terraform values', () => {
  it('a jsonencode() service control policy', async () => {
    const body = await block(
      `
resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root-\${var.env}"
  type    = "SERVICE_CONTROL_POLICY"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "DenyRootUser" # comments survive hcl2json
        Effect   = "Deny"
        Action   = "*"
        Resource = "*"
        Condition = {
          StringLike = { "aws:PrincipalArn" = ["arn:aws:iam::*:root"] }
        }
      },
    ]
  })
}
`,
      'resource',
      'aws_organizations_policy',
      'deny_root',
    );
    expect(body['name']).toBe('deny-root-prod');
    expect(body['type']).toBe('SERVICE_CONTROL_POLICY');
    expect(body['content']).toBe(
      '{"Statement":[{"Action":"*","Condition":{"StringLike":{"aws:PrincipalArn":["arn:aws:iam::*:root"]}},' +
        '"Effect":"Deny","Resource":"*","Sid":"DenyRootUser"}],"Version":"2012-10-17"}',
    );
  });

  it('references to resources not known at plan time become Unknowns with references', async () => {
    const body = await block(
      `
resource "aws_organizations_policy_attachment" "root" {
  policy_id = aws_organizations_policy.deny_root.id
  target_id = aws_organizations_organization.org.roots[0].id
  targets   = aws_organizations_account.acct[*].id
  first     = aws_organizations_account.acct[0].id
}
`,
      'resource',
      'aws_organizations_policy_attachment',
      'root',
    );
    expect(body['policy_id']).toEqual(
      new Unknown('aws_organizations_policy.deny_root.id is not known', [
        { address: 'aws_organizations_policy.deny_root', path: ['id'] },
      ]),
    );
    expect((body['target_id'] as Unknown).refs).toEqual([
      { address: 'aws_organizations_organization.org', path: ['roots', 0, 'id'] },
    ]);
    expect((body['targets'] as Unknown).refs).toEqual([
      { address: 'aws_organizations_account.acct', path: [] },
    ]);
    expect((body['first'] as Unknown).refs).toEqual([
      { address: 'aws_organizations_account.acct', path: [0, 'id'] },
    ]);
  });

  it('a heredoc policy with interpolation and an escaped IAM policy variable', async () => {
    const body = await block(
      `
resource "aws_organizations_policy" "heredoc" {
  content = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Deny",
        "Action": "*",
        "Resource": "arn:aws:iam::\${var.account}:root",
        "Condition": {"StringEquals": {"aws:username": "$\${aws:username}"}}
      }]
    }
  EOF
}
`,
      'resource',
      'aws_organizations_policy',
      'heredoc',
    );
    const content = body['content'] as string;
    expect(typeof content).toBe('string');
    expect(content.startsWith('{\n  "Version"')).toBe(true);
    expect(JSON.parse(content)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: '*',
          Resource: 'arn:aws:iam::111122223333:root',
          Condition: { StringEquals: { 'aws:username': '${aws:username}' } },
        },
      ],
    });
  });

  it('templates with %{for} and %{if} directives and strip markers', async () => {
    const body = await block(
      `
locals {
  principals = <<EOT
%{ for p in var.principals ~}
arn:aws:iam::\${p}:root
%{ endfor ~}
EOT
  banner = "env: %{ if var.env == "prod" }PRODUCTION%{ else }\${var.env}%{ endif }"
  joined = "%{ for i, p in var.principals }\${i > 0 ? "," : ""}\${p}%{ endfor }"
}
`,
      'locals',
    );
    expect(body['principals']).toBe('arn:aws:iam::111:root\narn:aws:iam::222:root\n');
    expect(body['banner']).toBe('env: PRODUCTION');
    expect(body['joined']).toBe('111,222');
  });

  it('for expressions, conditionals, literals and computed object keys', async () => {
    const body = await block(
      `
locals {
  enabled   = { for a in var.accounts : a.name => a.id if a.enabled }
  ids       = [for a in var.accounts : a.id]
  mode      = var.env == "prod" ? "strict" : "relaxed"
  arns      = ["arn:aws:iam::\${var.account}:root", "literal", 5, true, null]
  count_num = 3
  ratio     = 1.5
  keyed     = { (var.key) = 1, fixed = 2 }
  escaped   = "a $\${b} c \\\\ d"
  heredoc_arg = replace(<<-EOT
    abc \${var.env}
      def
    EOT
  , "a", "A")
  multiline_for = {
    for a in var.accounts :
    a.name => a.enabled
  }
}
`,
      'locals',
    );
    expect(body['enabled']).toEqual({ audit: '1' });
    expect(body['ids']).toEqual(['1', '2']);
    expect(body['mode']).toBe('strict');
    expect(body['arns']).toEqual(['arn:aws:iam::111122223333:root', 'literal', 5, true, null]);
    expect(body['count_num']).toBe(3);
    expect(body['ratio']).toBe(1.5);
    expect(body['keyed']).toEqual({ dynamic: 1, fixed: 2 });
    expect(body['escaped']).toBe('a ${b} c \\ d');
    expect(body['heredoc_arg']).toBe('Abc prod\n  def\n');
    expect(body['multiline_for']).toEqual({ audit: true, sandbox: false });
  });
});
