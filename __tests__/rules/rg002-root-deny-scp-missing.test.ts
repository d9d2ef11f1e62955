import { describe, expect, it } from '@jest/globals';
import { rule } from '../../src/rules/rg002-root-deny-scp-missing.js';
import { scan, type ScanResult } from '../../src/scan.js';
import { testRule } from '../helpers/rule-tester.js';
import { writeTree } from '../helpers/sources.js';
import {
  CONDITIONAL_DENY_LEAVING,
  FEATURES,
  ORG,
  ORG_WITH_OUS,
  ROOT_ID,
  UNREAD_MODULE,
  account,
  attach,
  controlTowerControl,
  jsonencodeScp,
  ou,
} from '../helpers/terraform.js';

const HEREDOC_SCP = `resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Deny",
        "Action": "*",
        "Resource": "*",
        "Condition": { "StringLike": { "aws:PrincipalArn": ["arn:aws:iam::*:root"] } }
      }]
    }
  EOT
}
`;

const REGION_DENY_JSON = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      NotAction: ['iam:*', 'organizations:*', 'sts:*'],
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
    },
  ],
});

const REGION_DENY = `resource "aws_organizations_policy" "regions" {
  name = "regions"
  content = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      NotAction = ["iam:*", "organizations:*", "sts:*"]
      Resource  = "*"
      Condition = { StringNotEquals = { "aws:RequestedRegion" = ["eu-west-1"] } }
    }]
  })
}
`;

testRule(rule, {
  valid: [
    {
      name: 'a workload repository with no organization resources is not told it lacks SCPs',
      files: { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "app-data"\n}\n' },
    },
    {
      name: 'jsonencode SCP attached to the root',
      files: {
        'org.tf': ORG + FEATURES,
        'scp.tf': jsonencodeScp('deny_root') + attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID),
      },
    },
    {
      name: 'a policy-document SCP whose sid is not known statically still denies the root user',
      files: {
        'org.tf': ORG + FEATURES,
        'scp.tf': `data "aws_iam_policy_document" "deny_root" {
  statement {
    sid       = "DenyRoot\${var.suffix}"
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

variable "suffix" {}

resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = data.aws_iam_policy_document.deny_root.json
}
${attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID)}`,
      },
    },
    {
      name: 'heredoc SCP attached to the root',
      files: {
        'org.tf': ORG,
        'scp.tf': HEREDOC_SCP + attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID),
      },
    },
    {
      name: 'attached to every OU that holds accounts',
      files: {
        'org.tf':
          ORG +
          ou('prod') +
          ou('dev') +
          account('app', 'aws_organizations_organizational_unit.prod.id') +
          account('test', 'aws_organizations_organizational_unit.dev.id'),
        'scp.tf':
          jsonencodeScp('deny_root') +
          attach(
            'prod',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.prod.id',
          ) +
          attach(
            'dev',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.dev.id',
          ),
      },
    },
    {
      name: 'an account in a nested OU is covered by an attachment on the parent OU',
      files: {
        'org.tf':
          ORG +
          ou('workloads') +
          ou('prod', 'aws_organizations_organizational_unit.workloads.id') +
          account('app', 'aws_organizations_organizational_unit.prod.id'),
        'scp.tf':
          jsonencodeScp('deny_root') +
          attach(
            'w',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.workloads.id',
          ),
      },
    },
    {
      name: 'estate: the SCP stack attaches to a literal root id, the organization lives in another stack',
      files: {
        'org/main.tf': ORG + ou('prod'),
        'scps/main.tf':
          jsonencodeScp('deny_root') + attach('root', 'aws_organizations_policy.deny_root.id', '"r-ab12"'),
      },
    },
  ],
  invalid: [
    {
      name: 'an organization with no SCP at all',
      files: { 'org.tf': ORG + FEATURES },
      findings: [{ file: 'org.tf', line: 1, message: /No service control policy denies the root user/ }],
    },
    {
      name: 'a local module that was read and declares no SCP leaves the absence certain',
      files: {
        'org.tf': ORG + 'module "tags" {\n  source = "./modules/tags"\n}\n',
        'modules/tags/main.tf': 'output "tags" {\n  value = { team = "platform" }\n}\n',
      },
      findings: [{ file: 'org.tf', line: 1, message: /No service control policy denies the root user/ }],
    },
    {
      name: 'only a region-deny SCP (a decoy) is attached',
      files: {
        'org.tf': ORG,
        'scp.tf': REGION_DENY + attach('r', 'aws_organizations_policy.regions.id', ROOT_ID),
      },
      findings: [{ file: 'org.tf', line: 1 }],
    },
    {
      name: 'SCP attached only to one of two OUs holding accounts',
      files: {
        'org.tf':
          ORG +
          ou('prod') +
          ou('sandbox') +
          account('app', 'aws_organizations_organizational_unit.prod.id') +
          account('play', 'aws_organizations_organizational_unit.sandbox.id'),
        'scp.tf':
          jsonencodeScp('deny_root') +
          attach(
            'prod',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.prod.id',
          ),
      },
      // ORG is 5 lines and each OU 4: sandbox starts at line 10.
      findings: [
        {
          file: 'org.tf',
          line: 10,
          resource: 'aws_organizations_organizational_unit.sandbox',
          message: /OU "sandbox".*not covered/,
        },
      ],
    },
    {
      name: 'without declared accounts, an OU left out is named',
      files: {
        'org.tf': ORG + ou('prod') + ou('sandbox'),
        'scp.tf':
          jsonencodeScp('deny_root') +
          attach(
            'prod',
            'aws_organizations_policy.deny_root.id',
            'aws_organizations_organizational_unit.prod.id',
          ),
      },
      findings: [{ resource: 'aws_organizations_organizational_unit.sandbox' }],
    },
    {
      name: 'a root-deny SCP that is attached to nothing',
      files: { 'org.tf': ORG, 'scp.tf': jsonencodeScp('deny_root') },
      findings: [{ file: 'scp.tf', line: 1, message: /not attached to anything/ }],
    },
    {
      name: 'StringEquals with a wildcard is not a root deny, so nothing denies root',
      files: {
        'org.tf': ORG,
        'scp.tf':
          jsonencodeScp('deny_root', 'StringEquals') +
          attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID),
      },
      findings: [{ file: 'org.tf', line: 1 }],
    },
  ],
});

testRule(rule, {
  valid: [
    {
      name: 'SCP content that cannot be read statically is unverified, not a finding',
      files: {
        'org.tf': ORG,
        'scp.tf':
          `resource "aws_organizations_policy" "deny_root" {
  name    = "deny-root"
  content = file("\${path.module}/policies/missing.json")
}
` + attach('a', 'aws_organizations_policy.deny_root.id', ROOT_ID),
      },
      unverified: [/deny_root denies the root user is not known/],
    },
  ],
  invalid: [],
});

// A module published for others to call, scanned on its own: who it attaches to is its callers' choice.
const REUSABLE_SCP_MODULE = {
  'variables.tf': `variable "target_ids" {
  type    = list(string)
  default = []
}

variable "deny_leaving" {
  type    = bool
  default = false
}
`,
  'main.tf':
    jsonencodeScp('deny_root') +
    `
resource "aws_organizations_policy_attachment" "deny_root" {
  count     = length(var.target_ids)
  policy_id = aws_organizations_policy.deny_root.id
  target_id = var.target_ids[count.index]
}
`,
};

testRule(rule, {
  valid: [
    {
      name: 'a reusable module whose attachments come from a variable left at its empty default: unverified',
      files: REUSABLE_SCP_MODULE,
      unverified: [
        /count is 0 only through the default of var\.target_ids in what looks like a reusable module/,
      ],
    },
    {
      name: 'an attachment of another SCP that may not exist does not put the root-deny SCP in doubt',
      files: {
        'variables.tf': REUSABLE_SCP_MODULE['variables.tf'],
        'main.tf':
          jsonencodeScp('deny_root') +
          attach('r', 'aws_organizations_policy.deny_root.id', '"r-ab12"') +
          CONDITIONAL_DENY_LEAVING,
      },
    },
  ],
  invalid: [
    {
      name: 'the same code with a provider block is a root stack: the default is what it deploys',
      files: { ...REUSABLE_SCP_MODULE, 'providers.tf': 'provider "aws" {\n  region = "us-east-1"\n}\n' },
      findings: [{ file: 'main.tf', line: 1, message: /not attached to anything/ }],
    },
    {
      name: 'the same code given its variables (tfvars) is judged with them',
      files: { ...REUSABLE_SCP_MODULE, 'terraform.tfvars': 'target_ids = []\n' },
      findings: [{ file: 'main.tf', line: 1, message: /not attached to anything/ }],
    },
  ],
});

// An SCP-only stack: the organization (and maybe the root-deny SCP) is managed by another stack.
testRule(rule, {
  valid: [
    {
      name: 'no root-deny SCP in the code, but a module that was not initialised may declare one: unverified',
      files: { 'main.tf': ORG + UNREAD_MODULE },
      unverified: [
        /no SCP in the scanned sources denies the root user, but module\.scps is not available to scan/,
      ],
    },
    {
      name: 'no root-deny SCP in an SCP-only stack is unverified, not a finding',
      files: { 'scp.tf': REGION_DENY + attach('r', 'aws_organizations_policy.regions.id', '"r-ab12"') },
      unverified: [/do not declare the organization itself/],
    },
    {
      name: 'a root-deny SCP whose every attachment target is unresolvable is unverified',
      files: {
        'scp.tf': `variable "target_ous" {}

${jsonencodeScp('deny_root')}
resource "aws_organizations_policy_attachment" "deny_root" {
  for_each  = var.target_ous
  policy_id = aws_organizations_policy.deny_root.id
  target_id = local.ou_ids[each.key]
}
`,
      },
      unverified: [/covers every member account is not known/],
    },
    {
      name: 'a splat over a root-deny SCP with two instances is not guessed to mean one of them',
      files: {
        'org.tf': ORG + FEATURES,
        'scp.tf': `${jsonencodeScp('deny_root').replace('name = "deny_root"', 'count = 2\n  name  = "deny_root-${count.index}"')}
resource "aws_organizations_policy_attachment" "deny_root" {
  policy_id = join("", aws_organizations_policy.deny_root.*.id)
  target_id = ${ROOT_ID}
}
`,
      },
      unverified: [
        /policy_id is not known statically \(aws_organizations_policy\.deny_root\[0\]\.id, aws_organizations_policy\.deny_root\[1\]\.id\)/,
      ],
    },
  ],
  invalid: [],
});

// Modules that switch resources on with `count = var.enabled ? 1 : 0` refer to them by splat.
testRule(rule, {
  valid: [
    {
      name: 'an attachment whose count is not known may not exist: coverage is unverified, not assumed',
      files: {
        'org.tf': ORG + FEATURES,
        'scp.tf': `variable "enabled" {}
${jsonencodeScp('deny_root')}
resource "aws_organizations_policy_attachment" "deny_root" {
  count     = var.enabled ? 1 : 0
  policy_id = aws_organizations_policy.deny_root.id
  target_id = ${ROOT_ID}
}
`,
      },
      unverified: [
        /aws_organizations_policy_attachment\.deny_root: it may not exist: its count is not known: variable "enabled" has no value/,
      ],
    },
    {
      name: 'so is one inside a module called with an unknown for_each',
      files: {
        'org.tf': ORG + FEATURES + jsonencodeScp('deny_root'),
        'main.tf': `variable "targets" {}
module "attach" {
  source    = "./attach"
  for_each  = var.targets
  policy_id = aws_organizations_policy.deny_root.id
}
`,
        'attach/main.tf': `variable "policy_id" {}
resource "aws_organizations_policy_attachment" "this" {
  policy_id = var.policy_id
  target_id = "r-ab12"
}
`,
      },
      unverified: [
        /module\.attach\.aws_organizations_policy_attachment\.this: it may not exist: module\.attach: its for_each collection is not known/,
      ],
    },
    {
      name: 'a count = 1 SCP attached through join("", ....*.id) covers the root',
      files: {
        'org.tf': ORG + FEATURES,
        'scp.tf': `variable "enabled" {
  default = true
}
${jsonencodeScp('deny_root').replace('name = "deny_root"', 'count = var.enabled ? 1 : 0\n  name  = "deny_root"')}
resource "aws_organizations_policy_attachment" "deny_root" {
  count     = var.enabled ? 1 : 0
  policy_id = join("", aws_organizations_policy.deny_root.*.id)
  target_id = ${ROOT_ID}
}
`,
      },
    },
  ],
  invalid: [],
});

describe('a plan fills in a module the code could not read', () => {
  /** `terraform show -json` of a plan whose module.scps creates only a region-deny SCP. */
  const plan = JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: {
      root_module: {
        child_modules: [
          {
            address: 'module.scps',
            resources: [
              {
                address: 'module.scps.aws_organizations_policy.this["regions"]',
                mode: 'managed',
                type: 'aws_organizations_policy',
                name: 'this',
                index: 'regions',
                provider_name: 'registry.terraform.io/hashicorp/aws',
                schema_version: 0,
                values: { name: 'regions', type: 'SERVICE_CONTROL_POLICY', content: REGION_DENY_JSON },
                sensitive_values: {},
              },
            ],
          },
        ],
      },
    },
    resource_changes: [
      {
        address: 'module.scps.aws_organizations_policy.this["regions"]',
        module_address: 'module.scps',
        mode: 'managed',
        type: 'aws_organizations_policy',
        name: 'this',
        index: 'regions',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['create'],
          before: null,
          after: { name: 'regions', type: 'SERVICE_CONTROL_POLICY', content: REGION_DENY_JSON },
          after_unknown: { id: true, arn: true },
          before_sensitive: false,
          after_sensitive: {},
        },
      },
    ],
  });

  async function scanWith(plans: string[]): Promise<ScanResult> {
    const tree = writeTree({ 'main.tf': ORG + UNREAD_MODULE, 'plan.json': plan });
    try {
      return await scan({ paths: [tree.dir], plans, cwd: tree.dir, rules: [rule] });
    } finally {
      tree.cleanup();
    }
  }

  it('with the plan, the module is known to hold no root-deny SCP: a finding', async () => {
    const result = await scanWith(['plan.json']);
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^No service control policy denies the root user/),
    ]);
    expect(result.unverified.filter((u) => u.ruleId === rule.id)).toEqual([]);
  });

  it('without it, the same code is unverified', async () => {
    const result = await scanWith([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified.filter((u) => u.ruleId === rule.id).map((u) => u.reason)).toEqual([
      expect.stringMatching(/module\.scps is not available to scan/),
    ]);
  });
});

// Control Tower: the "Disallow actions as a root user" control is the root-deny SCP, put on an OU.
const CT_ORG = ORG_WITH_OUS;

testRule(rule, {
  valid: [
    {
      name: 'AWS-GR_RESTRICT_ROOT_USER enabled on every OU that holds accounts covers them',
      files: {
        'org.tf': CT_ORG,
        'controls.tf':
          controlTowerControl(
            'prod',
            'AWS-GR_RESTRICT_ROOT_USER',
            'aws_organizations_organizational_unit.prod.arn',
          ) +
          controlTowerControl(
            'sandbox',
            'AWS-GR_RESTRICT_ROOT_USER',
            'aws_organizations_organizational_unit.sandbox.arn',
          ),
      },
    },
    {
      name: 'the control by Control Catalog identifier, on the OUs by literal ARN',
      files: {
        'org.tf':
          ORG + FEATURES + account('app', '"ou-ab12-11111111"') + account('play', '"ou-ab12-22222222"'),
        'controls.tf': `resource "aws_controltower_control" "root" {
  for_each = toset([
    "arn:aws:organizations::111111111111:ou/o-exampleorgid/ou-ab12-11111111",
    "arn:aws:organizations::111111111111:ou/o-exampleorgid/ou-ab12-22222222",
  ])
  control_identifier = "arn:aws:controlcatalog:::control/AWS-GR_RESTRICT_ROOT_USER"
  target_identifier  = each.value
}
`,
      },
    },
  ],
  invalid: [
    {
      name: 'the control on one OU leaves the other uncovered, and it is named',
      files: {
        'org.tf': CT_ORG,
        'controls.tf': controlTowerControl(
          'prod',
          'AWS-GR_RESTRICT_ROOT_USER',
          'aws_organizations_organizational_unit.prod.arn',
        ),
      },
      findings: [
        { resource: 'aws_organizations_organizational_unit.sandbox', message: /OU "sandbox".*not covered/ },
      ],
    },
    {
      name: 'the root access-key control alone is not a root deny',
      files: {
        'org.tf': CT_ORG,
        'controls.tf': controlTowerControl(
          'keys',
          'AWS-GR_RESTRICT_ROOT_USER_ACCESS_KEYS',
          'aws_organizations_organizational_unit.prod.arn',
        ),
      },
      findings: [{ file: 'org.tf', line: 1, message: /No service control policy denies the root user/ }],
    },
  ],
});
