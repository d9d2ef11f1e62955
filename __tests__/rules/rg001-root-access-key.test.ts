import { rule } from '../../src/rules/rg001-root-access-key.js';
import { testRule } from '../helpers/rule-tester.js';

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
  ],
  invalid: [
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
      name: 'access key for the literal user root',
      files: { 'iam.tf': 'resource "aws_iam_access_key" "k" {\n  user = "root"\n}\n' },
      findings: [{ file: 'iam.tf', line: 2 }],
    },
  ],
});

import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../helpers/rule-tester.js';
import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';

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
