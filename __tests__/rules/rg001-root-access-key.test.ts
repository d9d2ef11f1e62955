import { rule } from '../../src/rules/rg001-root-access-key.js';
import { testRule } from '../helpers/rule-tester.js';
import { describe, expect, it } from '@jest/globals';
import { emptyOrg } from '../../src/model/org.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeTree } from '../helpers/sources.js';
import { scan } from '../../src/scan.js';
import { scanFiles } from '../helpers/rule-tester.js';
import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';

testRule(rule, {
  valid: [
    {
      name: 'provider with region only',
      files: { 'main.tf': 'provider "aws" {\n  region = "eu-west-1"\n}\n' },
    },
    {
      name: 'provider with profile and assumed role',
      files: {
        'main.tf': `provider "aws" {
  region  = "eu-west-1"
  profile = "platform"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/terraform"
  }
}
`,
      },
    },
    {
      name: 'keys from variables without defaults are not literals',
      files: {
        'main.tf': `variable "access_key" {}
provider "aws" {
  access_key = var.access_key
}
`,
      },
    },
    {
      name: 'access key for an ordinary user',
      files: {
        'iam.tf': `resource "aws_iam_user" "ci" {
  name = "ci-deployer"
}

resource "aws_iam_access_key" "ci" {
  user = aws_iam_user.ci.name
}
`,
      },
    },
    {
      name: 'a user named rootless is not root',
      files: { 'iam.tf': 'resource "aws_iam_access_key" "k" {\n  user = "rootless"\n}\n' },
    },
    {
      name: 'the google provider is not AWS',
      files: { 'main.tf': 'provider "google" {\n  access_token = "ya29.abc"\n}\n' },
    },
    {
      name: '40-character values that are not secrets: a commit id in default_tags, an external id, paths',
      files: {
        'main.tf': `provider "aws" {
  region                   = "eu-west-1"
  shared_credentials_files = ["/home/runner/.aws/credentials"]
  profile                  = "platform-deployer-with-a-long-profile-nm"
  assume_role {
    role_arn    = "arn:aws:iam::123456789012:role/terraform"
    external_id = "Zq8Lr2Vx9Tn4Bc7Hm1Kp6Wd3Yf5Gs0Je2Ua8Qo4"
  }
  default_tags {
    tags = {
      commit = "3e6f314a5fd544b2c8e6d501a8f1f5c09b2d7e1f"
    }
  }
}
`,
      },
    },
  ],
  invalid: [
    {
      name: 'an AWS provider under another local name (required_providers) is still the AWS provider',
      files: {
        'versions.tf': `terraform {
  required_providers {
    amazon = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
`,
        'providers.tf': `provider "amazon" {
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
`,
      },
      findings: [{ file: 'providers.tf', line: 3, message: /^provider "amazon" has static credentials/ }],
    },
    {
      name: 'a local name an override file maps to the AWS provider, the other requirements kept',
      files: {
        'versions.tf':
          'terraform {\n  required_providers {\n    cloud = {\n      source = "hashicorp/aws"\n    }\n    amazon = {\n      source = "example/amazon"\n    }\n  }\n}\n',
        'versions_override.tf':
          'terraform {\n  required_providers {\n    amazon = {\n      source = "registry.terraform.io/hashicorp/aws"\n    }\n  }\n}\n',
        'providers.tf':
          'provider "amazon" {\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n}\nprovider "cloud" {\n  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n}\n',
      },
      findings: [
        { file: 'providers.tf', line: 2, message: /^provider "amazon"/ },
        { file: 'providers.tf', line: 5, message: /^provider "cloud"/ },
      ],
    },
    {
      name: 'literal keys in the default provider point at the first key line',
      files: {
        'providers.tf': `provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
`,
      },
      findings: [
        { file: 'providers.tf', line: 3, message: /"access_key", "secret_key" \(a long-term AKIA… key id\)/ },
      ],
    },
    {
      name: 'keys in an aliased provider, given through a variable default',
      files: {
        'variables.tf': 'variable "secret" {\n  default = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n}\n',
        'providers.tf': `provider "aws" {
  alias      = "audit"
  region     = "us-east-1"
  secret_key = var.secret
}
`,
      },
      findings: [{ file: 'providers.tf', line: 4, message: /alias "audit".*"secret_key"/ }],
    },
    {
      name: 'access key for a user named root, resolved through aws_iam_user.x.name',
      files: {
        'iam.tf': `resource "aws_iam_user" "breakglass" {
  name = "Root"
}

resource "aws_iam_access_key" "breakglass" {
  user = aws_iam_user.breakglass.name
}
`,
      },
      findings: [
        { file: 'iam.tf', line: 6, resource: 'aws_iam_access_key.breakglass', message: /user named "Root"/ },
      ],
    },
    {
      name: "access key for a user named root through aws_iam_user.x.id (the provider's id is the user name)",
      files: {
        'iam.tf': `resource "aws_iam_user" "breakglass" {
  name = "root"
}

resource "aws_iam_access_key" "breakglass" {
  user = aws_iam_user.breakglass.id
}
`,
      },
      findings: [{ line: 6, resource: 'aws_iam_access_key.breakglass', message: /user named "root"/ }],
    },
    {
      name: 'access key for the literal user root',
      files: { 'iam.tf': 'resource "aws_iam_access_key" "k" {\n  user = "root"\n}\n' },
      findings: [{ file: 'iam.tf', line: 2 }],
    },
    {
      name: 'a secret under a misnamed argument points at that argument',
      files: {
        'providers.tf': `provider "aws" {
  alias             = "legacy"
  region            = "us-east-1"
  secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
`,
      },
      findings: [
        {
          file: 'providers.tf',
          line: 4,
          message: /alias "legacy".*"secret_access_key" holds what looks like a secret access key/,
        },
      ],
    },
    {
      name: 'a key id under any argument, nested blocks included',
      files: {
        'providers.tf': `provider "aws" {
  region = "us-east-1"
  assume_role {
    role_arn     = "arn:aws:iam::123456789012:role/terraform"
    session_name = "AKIAIOSFODNN7EXAMPLE"
  }
}
`,
      },
      findings: [
        {
          file: 'providers.tf',
          line: 3,
          message: /"assume_role\[0\]\.session_name" holds what looks like an access key id/,
        },
      ],
    },
    {
      name: 'named credentials and a misnamed one are one finding for the provider',
      files: {
        'providers.tf': `provider "aws" {
  access_key     = "AKIAIOSFODNN7EXAMPLE"
  aws_secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
`,
      },
      findings: [
        {
          file: 'providers.tf',
          line: 2,
          message:
            /"access_key" \(a long-term AKIA… key id\), and "aws_secret_key" holds what looks like a secret access key/,
        },
      ],
    },
  ],
});

describe('RG001 never prints the credential', () => {
  it('keeps the secret and the key id out of every message', async () => {
    const result = await scanFiles(
      {
        'p.tf':
          'provider "aws" {\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n}\n',
      },
      rule,
    );
    expect(result.findings).toHaveLength(1);
    const outputs = [renderJson(result), renderText(result, [rule], 'high')].join('\n');
    expect(outputs).not.toContain('wJalrXUtnFEMI');
    expect(outputs).not.toContain('IOSFODNN7EXAMPLE');
  });
});

describe('RG001 on plans: provider_config expressions carry the keys unredacted', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const plan = '__fixtures__/plans/provider-static-keys.json';

  it('finds the static keys of the default provider, and nothing in the aliased one', async () => {
    const result = await scan({ paths: [], plans: [plan], cwd: root, rules: [rule], config: false });
    expect(result.errors).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'RG001',
      severity: 'critical',
      resource: 'provider "aws"',
      location: { file: plan },
      source: 'plan',
    });
    expect(result.findings[0]?.message).toMatch(/"access_key", "secret_key" \(a long-term AKIA… key id\)/);
  });

  it("reads a provider's type from full_name, whatever its local name", async () => {
    const text = readFileSync(path.join(root, plan), 'utf8').replace(
      '"aws":{"name":"aws","full_name"',
      '"amazon":{"name":"amazon","full_name"',
    );
    const tree = writeTree({ 'plan.json': text });
    try {
      const result = await scan({
        paths: [],
        plans: ['plan.json'],
        cwd: tree.dir,
        rules: [rule],
        config: false,
      });
      expect(result.errors).toEqual([]);
      expect(result.findings.map((f) => f.resource)).toEqual(['provider "amazon"']);
    } finally {
      tree.cleanup();
    }
  });

  it('never prints the key id or the secret in text or JSON output', async () => {
    const result = await scan({ paths: [], plans: [plan], cwd: root, rules: [rule], config: false });
    expect(result.findings).toHaveLength(1);
    const outputs = [renderJson(result), renderText(result, [rule], 'high')].join('\n');
    expect(outputs).not.toContain('wJalrXUtnFEMI');
    expect(outputs).not.toContain('IOSFODNN7EXAMPLE');
  });
});

describe('RG001 never prints a credential found under another argument name', () => {
  it('names the argument, not the value', async () => {
    const result = await scanFiles(
      {
        'p.tf':
          'provider "aws" {\n  secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n  profile = "AKIAIOSFODNN7EXAMPLE"\n}\n',
      },
      rule,
    );
    expect(result.findings).toHaveLength(1);
    const outputs = [renderJson(result), renderText(result, [rule], 'high')].join('\n');
    expect(outputs).toContain('secret_access_key');
    expect(outputs).not.toContain('wJalrXUtnFEMI');
    expect(outputs).not.toContain('IOSFODNN7EXAMPLE');
  });
});

describe('RG001 on the live management account', () => {
  const ctx = (live?: { managementAccountId?: string; accessKeysPresent?: boolean }) => ({
    resources: [],
    providers: [],
    org: emptyOrg(),
    ...(live ? { live } : {}),
  });

  it('reports root access keys present, naming the account and never guessing', () => {
    expect(rule.check(ctx({ managementAccountId: '111111111111', accessKeysPresent: true }))).toEqual([
      {
        kind: 'finding',
        message: expect.stringMatching(/management account 111111111111 has access keys/),
        resource: 'arn:aws:iam::111111111111:root',
        source: 'live',
      },
    ]);
    expect(rule.check(ctx({ managementAccountId: '111111111111', accessKeysPresent: false }))).toEqual([]);
    // Unknown (the permission was denied): the live loader reports that, the rule adds nothing.
    expect(rule.check(ctx({ managementAccountId: '111111111111' }))).toEqual([]);
    expect(rule.check(ctx())).toEqual([]);
  });
});
