import { describe, expect, it } from '@jest/globals';
import { parsePolicy } from '../../src/model/policy.js';
import { COMMENTS_WARNING } from '../../src/model/policy/parse.js';
import { rule } from '../../src/rules/rg006-lockout-resource-policy.js';
import { testRule } from '../helpers/rule-tester.js';

const BUCKET = `resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}
`;

/** An aws_s3_bucket_policy whose policy is one jsonencoded statement; the policy is on line 3. */
function bucketPolicy(statement: string): string {
  return `resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statement}]
  })
}
`;
}

const RESOURCES = '["arn:aws:s3:::example-logs", "arn:aws:s3:::example-logs/*"]';

testRule(rule, {
  valid: [
    {
      name: 'NotPrincipal naming an admin session with its role and account leaves a way in',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect       = "Deny"
      NotPrincipal = { AWS = [
        "arn:aws:sts::123456789012:assumed-role/Admin/alice",
        "arn:aws:iam::123456789012:role/Admin",
        "arn:aws:iam::123456789012:root",
      ] }
      Action       = "s3:*"
      Resource     = ${RESOURCES}
    }`),
      },
    },
    {
      name: 'the account principal is the account, not the root user: an Allow to it',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "s3:*"
      Resource  = ${RESOURCES}
    }`),
      },
    },
    {
      name: 'a Deny to an account principal names that account, not the root user (and not the owner)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "s3:*"
      Resource  = ${RESOURCES}
    }`),
      },
    },
    {
      name: 'deny s3:* to everyone unless aws:SecureTransport (the standard TLS-only policy)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ${RESOURCES}
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }`),
      },
    },
    {
      name: 'deny s3:* outside the organization (aws:PrincipalOrgID)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ${RESOURCES}
      Condition = { StringNotEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }`),
      },
    },
    {
      name: 'deny s3:* except from a VPC endpoint (aws:SourceVpce)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ${RESOURCES}
      Condition = { StringNotEquals = { "aws:SourceVpce" = "vpce-1a2b3c4d" } }
    }`),
      },
    },
    {
      name: 'deny s3:* to everyone but an administration role (principal-ARN exception)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ${RESOURCES}
      Condition = { ArnNotLike = { "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/BucketAdmin" } }
    }`),
      },
    },
    {
      name: 'denying only s3:DeleteBucket to everyone leaves the policy repairable',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:DeleteBucket"
      Resource  = "arn:aws:s3:::example-logs"
    }`),
      },
    },
    {
      name: 'jsonencode: deny-all to everyone on the unknown bucket ARN is unverified (it could name only objects)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.logs.arn, "\${aws_s3_bucket.logs.arn}/*"]
    }`),
      },
      unverified: [
        /aws_s3_bucket_policy\.logs Statement\[0\] denies every principal with no condition, and its Resource is not known statically \(aws_s3_bucket\.logs\.arn is not known\)/,
      ],
    },
    {
      name: 'jsonencode: the TLS-only deny on the unknown bucket ARN is silent (not a lockout, nothing unverified)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.logs.arn, "\${aws_s3_bucket.logs.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }`),
      },
    },
    {
      name: 'jsonencode: an unknown condition value is silent, never guessed either way',
      files: {
        'main.tf':
          'variable "org_id" {}\n\n' +
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ${RESOURCES}
      Condition = { StringNotEquals = { "aws:PrincipalOrgID" = var.org_id } }
    }`),
      },
    },
    {
      name: 'a policy document whose resources are unknown and whose deny-all has no condition is unverified',
      files: {
        'main.tf':
          BUCKET +
          `data "aws_iam_policy_document" "lock" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.logs.arn, "\${aws_s3_bucket.logs.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.lock.json
}
`,
      },
      unverified: [
        /aws_s3_bucket_policy\.logs Statement\[0\] denies every principal with no condition, and its Resource is not known statically/,
      ],
    },
    {
      name: 'a policy document with unknown resources and a SecureTransport condition is silent',
      files: {
        'main.tf':
          BUCKET +
          `data "aws_iam_policy_document" "tls" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.logs.arn, "\${aws_s3_bucket.logs.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.tls.json
}
`,
      },
    },
    {
      name: 'an SQS queue policy that allows SNS to send is not a lockout',
      files: {
        'queue.tf': `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": { "Service": "sns.amazonaws.com" },
        "Action": "sqs:SendMessage",
        "Resource": "arn:aws:sqs:eu-west-1:111122223333:jobs",
        "Condition": { "ArnEquals": { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:events" } }
      }]
    }
  EOT
}
`,
      },
    },
  ],
  invalid: [
    {
      name: 'NotPrincipal naming only the account root: every role and user is denied, only the root user is spared',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect       = "Deny"
      NotPrincipal = { AWS = "arn:aws:iam::123456789012:root" }
      Action       = "s3:*"
      Resource     = ${RESOURCES}
    }`),
      },
      findings: [
        {
          line: 6,
          resource: 'aws_s3_bucket_policy.logs',
          message:
            /locks every principal out: Statement\[0\] denies every s3 action to every principal but the root user with no condition that can fail/,
        },
      ],
    },
    {
      name: 'jsonencode: a Sid not known statically does not hide a deny-all (IAM never reads the Sid)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Sid       = "Lock\${aws_s3_bucket.logs.id}"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ${RESOURCES}
    }`),
      },
      findings: [
        {
          line: 6,
          resource: 'aws_s3_bucket_policy.logs',
          message:
            /^aws_s3_bucket_policy\.logs locks every principal out: Statement\[0\] denies every s3 action (?!.*not known statically)/,
        },
      ],
    },
    {
      name: 'a policy document whose statement sid is not known statically, used by a bucket policy',
      files: {
        'main.tf':
          BUCKET +
          `data "aws_iam_policy_document" "lock" {
  statement {
    sid       = "Lock\${aws_s3_bucket.logs.id}"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ${RESOURCES}
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.lock.json
}
`,
      },
      findings: [{ line: 19, resource: 'aws_s3_bucket_policy.logs', message: /locks every principal out/ }],
    },
    {
      name: 'jsonencode: unknown Sids dropped, a deny-all is found beside a statement still unknown in its Resource',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Sid       = aws_s3_bucket.logs.id
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ${RESOURCES}
    }, {
      Sid       = aws_s3_bucket.logs.id
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.logs.arn]
    }`),
      },
      findings: [
        {
          line: 6,
          message:
            /Statement\[0\] denies every s3 action .*\(its 1 other statement is not known statically, but no statement can undo a Deny\)/,
        },
      ],
    },
    {
      name: 'jsonencode: deny s3:* to everyone with no condition',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ${RESOURCES}
    }`),
      },
      findings: [
        {
          file: 'main.tf',
          line: 6,
          resource: 'aws_s3_bucket_policy.logs',
          message: /locks every principal out: Statement\[0\] denies every s3 action .*S3UnlockBucketPolicy/,
        },
      ],
    },
    {
      name: 'jsonencode: deny only the policy actions to everyone (the management lockout)',
      files: {
        'main.tf':
          BUCKET +
          bucketPolicy(`{
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = ["s3:PutBucketPolicy", "s3:DeleteBucketPolicy"]
      Resource  = "arn:aws:s3:::example-logs"
    }`),
      },
      findings: [
        { line: 6, message: /denies s3:PutBucketPolicy and s3:DeleteBucketPolicy to every principal/ },
      ],
    },
    {
      name: 'heredoc: an SQS queue policy denying sqs:* to everyone',
      files: {
        'queue.tf': `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111122223333/jobs"
  policy    = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Deny",
    "Principal": "*",
    "Action": "sqs:*",
    "Resource": "arn:aws:sqs:eu-west-1:111122223333:jobs"
  }]
}
EOF
}
`,
      },
      findings: [
        {
          file: 'queue.tf',
          line: 7,
          resource: 'aws_sqs_queue_policy.jobs',
          message: /SQSUnlockQueuePolicy/,
        },
      ],
    },
    {
      name: 'aws_iam_policy_document with known resources, used by a bucket policy',
      files: {
        'main.tf':
          BUCKET +
          `data "aws_iam_policy_document" "lock" {
  statement {
    sid       = "LockEverything"
    effect    = "Deny"
    actions   = ["*"]
    resources = ["arn:aws:s3:::example-logs", "arn:aws:s3:::example-logs/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = data.aws_iam_policy_document.lock.json
}
`,
      },
      findings: [{ file: 'main.tf', line: 19, resource: 'aws_s3_bucket_policy.logs' }],
    },
    {
      name: 'the legacy inline policy argument of aws_s3_bucket',
      files: {
        'main.tf': `resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::example-legacy", "arn:aws:s3:::example-legacy/*"]
    }]
  })
}
`,
      },
      findings: [{ line: 3, resource: 'aws_s3_bucket.legacy' }],
    },
    {
      name: 'the inline policy argument of aws_sqs_queue',
      files: {
        'queue.tf': `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "*", Resource = "*" }]
  })
}
`,
      },
      findings: [{ line: 3, resource: 'aws_sqs_queue.jobs', message: /SQSUnlockQueuePolicy/ }],
    },
    {
      name: 'jsonencode: a fully known deny-all statement locks out although another statement is unknown',
      files: {
        'main.tf':
          BUCKET +
          `resource "aws_iam_role" "reader" {
  name               = "reader"
  assume_role_policy = "{}"
}

` +
          bucketPolicy(`{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.reader.arn }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-logs/*"
    },
    {
      Effect    = "Deny"
      Principal = "*"
      Action    = "*"
      Resource  = ${RESOURCES}
    }`),
      },
      findings: [
        {
          line: 11,
          resource: 'aws_s3_bucket_policy.logs',
          message: /Statement\[1\] denies every s3 action .*its 1 other statement is not known statically/,
        },
      ],
    },
    {
      name: 'a lockout hidden behind a comment AWS would reject is still reported, with the comment',
      files: {
        'main.tf':
          BUCKET +
          `resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Deny",
        "Principal": "*",
        // TODO: add the SecureTransport condition
        "Action": "s3:*",
        "Resource": ["arn:aws:s3:::example-logs", "arn:aws:s3:::example-logs/*"]
      }]
    }
  EOT
}
`,
      },
      findings: [{ line: 6, message: /contains comments, which AWS rejects/ }],
    },
  ],
});

/** The lenient parse the comment case above relies on (as in one published AWS sample SCP). */
describe('parsePolicy with comments', () => {
  const sample = `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Deny",
    "Action": "iam:CreateServiceSpecificCredential",
    "Resource": "*",
    "Condition": {
      "StringEqualsIfExists": {
        "iam:ServiceSpecificCredentialServiceName": [
          "logs.amazonaws.com",
          "bedrock.amazonaws.com"
          //add or remove the list of service as you need
        ]
      }
    }
  }]
}`;

  it('reads a // comment and warns that AWS rejects it', () => {
    const parsed = parsePolicy(sample);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.warnings).toEqual([COMMENTS_WARNING]);
    expect(parsed.policy.statements[0]?.conditions[0]?.values).toEqual([
      'logs.amazonaws.com',
      'bedrock.amazonaws.com',
    ]);
  });

  it('reads /* block */ comments', () => {
    const parsed = parsePolicy('/* lead */ {"Statement": {"Effect": "Deny", /* x\n y */ "Action": "*"}}');
    expect(parsed.ok && parsed.warnings).toEqual([COMMENTS_WARNING]);
  });

  it('leaves // inside strings alone, and clean JSON has no warnings', () => {
    const parsed = parsePolicy(
      '{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b//x/*"}}',
    );
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.warnings).toBeUndefined();
    expect(parsed.policy.statements[0]?.resources).toEqual(['arn:aws:s3:::b//x/*']);
  });

  it('text that is not JSON even without its comments keeps the original error', () => {
    const parsed = parsePolicy('{"Statement": [ // unfinished');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^Policy is not valid JSON: /);
  });
});
