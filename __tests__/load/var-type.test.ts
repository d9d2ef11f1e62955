import { describe, expect, it } from '@jest/globals';
import { loadTerraform } from '../../src/load/terraform.js';
import { Unknown } from '../../src/model/value.js';
import { scan } from '../../src/scan.js';
import { writeTree } from '../helpers/sources.js';

/** The `value` argument of aws_ssm_parameter.p, as the module with these files evaluates it. */
async function valueWith(files: Record<string, string>): Promise<unknown> {
  const tree = writeTree(files);
  try {
    const load = await loadTerraform([tree.dir], { cwd: tree.dir, jobs: 1 });
    expect(load.errors).toEqual([]);
    return load.resources.find((r) => r.address.endsWith('aws_ssm_parameter.p'))?.values.value;
  } finally {
    tree.cleanup();
  }
}

const PARAMETER =
  'resource "aws_ssm_parameter" "p" {\n  name  = "p"\n  type  = "String"\n  value = var.cfg\n}\n';

describe('variable type constraints: optional attributes take their defaults', () => {
  it('absent and null attributes get the default; given ones are kept; optional() without a default is null', async () => {
    const value = await valueWith({
      'main.tf': `variable "cfg" {
  type = object({
    features = optional(list(string), ["RootCredentialsManagement", "RootSessions"])
    enabled  = optional(bool, true)
    name     = optional(string)
    region   = optional(string, "us-east-1")
    required = string
  })
  default = { required = "x", region = null, enabled = false }
}
${PARAMETER}`,
    });
    expect(value).toEqual({
      required: 'x',
      features: ['RootCredentialsManagement', 'RootSessions'],
      enabled: false,
      name: null,
      region: 'us-east-1',
    });
  });

  it('reaches nested objects, including an optional object whose default is {}, and list, map and tuple elements', async () => {
    const value = await valueWith({
      'main.tf': `variable "cfg" {
  type = object({
    nested = optional(object({ principals = optional(list(string), ["iam.amazonaws.com"]) }), {})
    ous    = list(object({ name = string, attach = optional(bool, true) }))
    byKey  = map(object({ deny = optional(bool, true) }))
    pair   = tuple([string, object({ on = optional(bool, true) })])
  })
}
${PARAMETER}`,
      'terraform.tfvars': `cfg = {
  ous   = [{ name = "prod" }, { name = "dev", attach = false }]
  byKey = { a = {}, b = { deny = false } }
  pair  = ["x", {}]
}
`,
    });
    expect(value).toEqual({
      nested: { principals: ['iam.amazonaws.com'] },
      ous: [
        { name: 'prod', attach: true },
        { name: 'dev', attach: false },
      ],
      byKey: { a: { deny: true }, b: { deny: false } },
      pair: ['x', { on: true }],
    });
  });

  it('applies to module inputs too, and leaves values it cannot see into unknown', async () => {
    const value = await valueWith({
      'main.tf':
        'variable "unknown_name" {}\nmodule "m" {\n  source = "./m"\n  cfg    = { name = var.unknown_name }\n}\n',
      'm/main.tf': `variable "cfg" {\n  type = object({ name = string, enabled = optional(bool, true) })\n}\n${PARAMETER}`,
    });
    expect(value).toMatchObject({ enabled: true });
    expect((value as { name: unknown }).name).toBeInstanceOf(Unknown);
  });

  it('nullable = false: a null input takes the default; a nullable variable keeps the null', async () => {
    const module = (nullable: string) => ({
      'main.tf': 'module "m" {\n  source = "./m"\n  cfg    = null\n}\n',
      'm/main.tf': `variable "cfg" {\n  type    = string\n  default = "root"\n${nullable}}\n${PARAMETER}`,
    });
    expect(await valueWith(module('  nullable = false\n'))).toBe('root');
    expect(await valueWith(module(''))).toBeNull();
  });

  it('so a module that enables centralized root access through an optional default passes RG004', async () => {
    const tree = writeTree({
      'main.tf': `provider "aws" {
  region = "us-east-1"
}

variable "org" {
  type = object({
    features   = optional(list(string), ["RootCredentialsManagement", "RootSessions"])
    principals = optional(list(string), ["iam.amazonaws.com"])
  })
  default = {}
}

resource "aws_organizations_organization" "this" {
  feature_set                   = "ALL"
  aws_service_access_principals = var.org.principals
  enabled_policy_types          = ["SERVICE_CONTROL_POLICY"]
}

resource "aws_iam_organizations_features" "this" {
  enabled_features = var.org.features
}
`,
    });
    try {
      const result = await scan({ paths: ['.'], cwd: tree.dir, config: false });
      expect(result.errors).toEqual([]);
      expect(result.findings.filter((f) => f.ruleId === 'RG004')).toEqual([]);
      expect(result.unverified.filter((u) => u.ruleId === 'RG004')).toEqual([]);
    } finally {
      tree.cleanup();
    }
  });
});
