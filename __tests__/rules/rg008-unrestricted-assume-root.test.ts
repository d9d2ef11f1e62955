import { rule } from '../../src/rules/rg008-unrestricted-assume-root.js';
import { testRule } from '../helpers/rule-tester.js';

/** An aws_iam_policy with one jsonencoded statement; `policy` is on line 3. */
function iamPolicy(statement: string): string {
  return `resource "aws_iam_policy" "ops" {
  name = "ops"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statement}]
  })
}
`;
}

const ROLE = `resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
}

`;

const AUDIT = 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials';

testRule(rule, {
  valid: [
    {
      name: 'one task policy (StringEquals sts:TaskPolicyArn) on one named member account',
      files: {
        'iam.tf': iamPolicy(`{
      Effect    = "Allow"
      Action    = "sts:AssumeRoot"
      Resource  = "arn:aws:iam::111122223333:root"
      Condition = { StringEquals = { "sts:TaskPolicyArn" = "${AUDIT}" } }
    }`),
      },
    },
    {
      name: 'Action "*" administrator access is out of scope',
      files: {
        'iam.tf': iamPolicy(`{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }`),
      },
    },
    {
      name: 'sts:AssumeRole is not sts:AssumeRoot',
      files: {
        'iam.tf': iamPolicy(`{
      Effect   = "Allow"
      Action   = ["sts:AssumeRole", "sts:TagSession"]
      Resource = "*"
    }`),
      },
    },
    {
      name: 'sts:* with an explicit Deny of sts:AssumeRoot',
      files: {
        'iam.tf': iamPolicy(`{
      Effect   = "Allow"
      Action   = "sts:*"
      Resource = "*"
    },
    {
      Effect   = "Deny"
      Action   = "sts:AssumeRoot"
      Resource = "*"
    }`),
      },
    },
    {
      name: 'a policy only known after apply is silent, not unverified',
      files: {
        'iam.tf': `resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy" "ops" {
  role = aws_iam_role.ops.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:*", Resource = aws_iam_role.ops.arn }]
  })
}
`,
      },
    },
    {
      name: 'sts:* on "*" with a Deny statement not known statically is unverified, not guessed',
      files: {
        'iam.tf':
          ROLE +
          iamPolicy(`{
      Effect   = "Allow"
      Action   = "sts:*"
      Resource = "*"
    },
    {
      Effect   = "Deny"
      Action   = "sts:*"
      Resource = aws_iam_role.app.arn
    }`),
      },
      unverified: [
        /aws_iam_policy\.ops allows sts:AssumeRoot \(Statement\[0\]\) on any member account .*unless a statement not known statically denies it/,
      ],
    },
    {
      name: 'a Deny of sts:AssumeRoot whose Sid is not known statically still takes the grant back',
      files: {
        'iam.tf':
          ROLE +
          iamPolicy(`{
      Effect   = "Allow"
      Action   = "sts:*"
      Resource = "*"
    },
    {
      Sid      = "NoRoot\${aws_iam_role.app.name}"
      Effect   = "Deny"
      Action   = "sts:AssumeRoot"
      Resource = "*"
    }`),
      },
    },
  ],
  invalid: [
    {
      name: 'jsonencode: a grant whose Sid is not known statically is judged as fully known',
      files: {
        'iam.tf':
          ROLE +
          iamPolicy(`{
      Sid      = aws_iam_role.app.unique_id
      Effect   = "Allow"
      Action   = "sts:*"
      Resource = "*"
    }`),
      },
      findings: [
        {
          line: 8,
          resource: 'aws_iam_policy.ops',
          message:
            /^aws_iam_policy\.ops allows sts:AssumeRoot \(Statement\[0\]\) on any member account with any task policy \(sts:TaskPolicyArn is not limited\): a root session for any purpose in every member account\.$/,
        },
      ],
    },
    {
      name: 'jsonencode: sts:* on "*" reaches sts:AssumeRoot everywhere with any task policy',
      files: {
        'iam.tf': iamPolicy(`{
      Effect   = "Allow"
      Action   = "sts:*"
      Resource = "*"
    }`),
      },
      findings: [
        {
          file: 'iam.tf',
          line: 3,
          resource: 'aws_iam_policy.ops',
          message:
            /allows sts:AssumeRoot \(Statement\[0\]\) on any member account with any task policy .*a root session for any purpose/,
        },
      ],
    },
    {
      name: 'heredoc: sts:AssumeRoot on a named account without limiting sts:TaskPolicyArn',
      files: {
        'iam.tf': `resource "aws_iam_role_policy" "break_glass" {
  role   = "break-glass"
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "sts:AssumeRoot",
    "Resource": "arn:aws:iam::111122223333:root"
  }]
}
EOT
}
`,
      },
      findings: [
        {
          line: 3,
          resource: 'aws_iam_role_policy.break_glass',
          message:
            /on arn:aws:iam::111122223333:root with any task policy \(sts:TaskPolicyArn is not limited\)/,
        },
      ],
    },
    {
      name: 'sts:Assume* limited to one task policy but on every member account (aws_iam_role inline_policy)',
      files: {
        'iam.tf': `resource "aws_iam_role" "auditor" {
  name               = "auditor"
  assume_role_policy = "{}"

  inline_policy {
    name = "root-audit"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect    = "Allow"
        Action    = "sts:Assume*"
        Resource  = "*"
        Condition = { StringEquals = { "sts:TaskPolicyArn" = "${AUDIT}" } }
      }]
    })
  }
}
`,
      },
      findings: [
        {
          line: 7,
          resource: 'aws_iam_role.auditor',
          message:
            /inline policy "root-audit" allows sts:AssumeRoot .* on any member account with IAMAuditRootUserCredentials/,
        },
      ],
    },
    {
      name: 'ArnLike on root-task/* allows every task policy (aws_iam_policy_document, aws_iam_user_policy)',
      files: {
        'iam.tf': `data "aws_iam_policy_document" "root_tasks" {
  statement {
    actions   = ["sts:AssumeRoot"]
    resources = ["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:root"]
    condition {
      test     = "ArnLike"
      variable = "sts:TaskPolicyArn"
      values   = ["arn:aws:iam::aws:policy/root-task/*"]
    }
  }
}

resource "aws_iam_user_policy" "alice" {
  user   = "alice"
  policy = data.aws_iam_policy_document.root_tasks.json
}
`,
      },
      findings: [
        {
          line: 15,
          resource: 'aws_iam_user_policy.alice',
          message: /on arn:aws:iam::111122223333:root, arn:aws:iam::444455556666:root with any task policy/,
        },
      ],
    },
    {
      name: 'jsonencode with an unknown ARN in another Allow statement: the known grant stands',
      files: {
        'iam.tf':
          ROLE +
          iamPolicy(`{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = aws_iam_role.app.arn
    },
    {
      Effect   = "Allow"
      Action   = "sts:*"
      Resource = "*"
    }`),
      },
      findings: [
        {
          line: 8,
          resource: 'aws_iam_policy.ops',
          message:
            /allows sts:AssumeRoot \(Statement\[1\]\) on any member account .*other statements are not known statically, but they are Allows/,
        },
      ],
    },
    {
      name: 'an IAM Identity Center permission set inline policy',
      files: {
        'sso.tf': `resource "aws_ssoadmin_permission_set_inline_policy" "ops" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-1234567890abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-1234567890abcdef"
  inline_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRoot", Resource = "*" }]
  })
}
`,
      },
      findings: [{ file: 'sso.tf', line: 4, resource: 'aws_ssoadmin_permission_set_inline_policy.ops' }],
    },
    {
      name: 'aws_iam_group_policy: sts:AssumeRoot on every account with two named task policies',
      files: {
        'iam.tf': `resource "aws_iam_group_policy" "ops" {
  group = "ops"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "sts:AssumeRoot"
      Resource = "*"
      Condition = {
        StringEquals = {
          "sts:TaskPolicyArn" = [
            "arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy",
            "arn:aws:iam::aws:policy/root-task/SQSUnlockQueuePolicy",
          ]
        }
      }
    }]
  })
}
`,
      },
      findings: [
        {
          line: 3,
          message:
            /on any member account with S3UnlockBucketPolicy, SQSUnlockQueuePolicy: root sessions in every member account/,
        },
      ],
    },
  ],
});
