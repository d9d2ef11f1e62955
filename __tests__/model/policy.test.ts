/**
 * The root-user questions, table-driven over real-shaped policies (SCPs, RCPs, bucket and queue
 * policies, identity policies), written here in the JSON form AWS documents them.
 */
import { describe, expect, it } from '@jest/globals';
import {
  deniesAllPrincipals,
  deniesRootUser,
  grantsAssumeRoot,
  isAccountPrincipal,
  isRootUserArn,
  parsePolicy,
  type AssumeRootGrant,
  type LockoutOptions,
  type LockoutResult,
  type PolicyDocument,
  type RootDenyResult,
} from '../../src/model/policy.js';
import { PROBE_ACCOUNT } from '../../src/model/policy/probes.js';

function policy(json: string): PolicyDocument {
  const parsed = parsePolicy(json);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${parsed.error}`);
  return parsed.policy;
}

/** `{"Version": ..., "Statement": [...]}` around statements written as JSON text. */
function scp(...statements: string[]): string {
  return `{"Version": "2012-10-17", "Statement": [${statements.join(',')}]}`;
}

const ROOT_CONDITION = `"Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"}}`;

describe('deniesRootUser', () => {
  type Expect = Partial<RootDenyResult> & { problemsMatch?: RegExp[] };
  const cases: [string, string, Expect][] = [
    [
      'ArnLike on aws:PrincipalArn with a Null aws:AssumedRoot exemption (the centralised-root-access shape)',
      scp(`{
        "Sid": "BlockRootOutsideRootSessions",
        "Effect": "Deny",
        "Action": "*",
        "Resource": "*",
        "Condition": {
          "ArnLike": {"aws:PrincipalArn": ["arn:aws:iam::*:root"]},
          "Null": {"aws:AssumedRoot": "true"}
        }
      }`),
      { kind: 'full', statements: [0], partitions: ['aws'], exemptsAssumedRoot: true, problems: [] },
    ],
    [
      'NotAction carve-out leaves the listed actions to root',
      scp(`{
        "Effect": "Deny",
        "NotAction": ["support:*", "iam:ListAccountAliases", "account:GetContactInformation"],
        "Resource": "*",
        ${ROOT_CONDITION}
      }`),
      {
        kind: 'partial',
        statements: [0],
        allowedActions: ['support:*', 'iam:ListAccountAliases', 'account:GetContactInformation'],
        partitions: ['aws'],
        exemptsAssumedRoot: false,
        problems: [],
      },
    ],
    [
      'StringLike is a wildcard match too',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"}}}`),
      { kind: 'full', statements: [0], partitions: ['aws'], exemptsAssumedRoot: false, problems: [] },
    ],
    [
      'ArnEquals accepts wildcards, like ArnLike',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnEquals": {"aws:PrincipalArn": "arn:aws:iam::*:root"}}}`),
      { kind: 'full', statements: [0], partitions: ['aws'], problems: [] },
    ],
    [
      'StringEquals compares literally, so the wildcard ARN never matches',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalArn": "arn:aws:iam::*:root"}}}`),
      {
        kind: 'none',
        statements: [],
        problems: [
          'StringEquals compares literally: the * in arn:aws:iam::*:root never matches (Statement[0])',
        ],
      },
    ],
    [
      'StringEqualsIgnoreCase is just as literal',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"StringEqualsIgnoreCase": {"aws:PrincipalArn": "arn:aws:iam::*:root"}}}`),
      { kind: 'none', problemsMatch: [/^StringEqualsIgnoreCase compares literally: the \* in/] },
    ],
    [
      'aws:PrincipalType "Root" does not exist',
      scp(`{"Sid": "NoRoot", "Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalType": "Root"}}}`),
      {
        kind: 'none',
        problemsMatch: [/aws:PrincipalType is never "Root".*"Account" \(Statement\[0\] "NoRoot"\)$/],
      },
    ],
    [
      'aws:PrincipalType "Account" is the root user, and only the root user',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalType": "Account"}}}`),
      { kind: 'full', statements: [0], partitions: ['*'], problems: [] },
    ],
    [
      'aws:username is absent for the root user',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"StringLike": {"aws:username": "root"}}}`),
      { kind: 'none', problemsMatch: [/the root user has no aws:username/] },
    ],
    [
      'an Allow statement cannot deny anything',
      scp(`{"Effect": "Allow", "Action": "*", "Resource": "*", ${ROOT_CONDITION}}`),
      { kind: 'none', problemsMatch: [/^Effect is "Allow"/] },
    ],
    [
      'ArnNotLike on the root ARN under a root-deny Sid exempts the root user instead of targeting it',
      scp(`{"Sid": "DenyRootUser", "Effect": "Deny", "Action": "iam:*", "Resource": "*",
            "Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"}}}`),
      { kind: 'none', problemsMatch: [/^ArnNotLike on aws:PrincipalArn excludes arn:aws:iam::\*:root/] },
    ],
    [
      'StringNotLike on the root ARN under a root-deny Sid, same mistake',
      scp(`{"Sid": "BlockRoot", "Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"StringNotLike": {"aws:PrincipalArn": ["arn:aws:iam::*:root"]}}}`),
      { kind: 'none', problemsMatch: [/^StringNotLike on aws:PrincipalArn excludes/] },
    ],
    [
      'an exemption list that names the root user is not an attempt to deny it',
      scp(`{"Sid": "DenyCostTools", "Effect": "Deny", "Action": ["ce:*", "budgets:*"], "Resource": "*",
            "Condition": {"ArnNotLike": {"aws:PrincipalArn": [
              "arn:aws:iam::*:role/FinanceAdmin", "arn:aws:iam::*:root"]}}}`),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'nor is an exemption of the "Account" principal type',
      scp(`{"Effect": "Deny", "Action": "account:CloseAccount", "Resource": "*",
            "Condition": {"StringNotEquals": {"aws:PrincipalType": "Account"}}}`),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'ArnNotLike role/* meant for root also denies IAM users: not a root deny',
      scp(`{"Sid": "DenyRootUser", "Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/*"}}}`),
      { kind: 'none', problemsMatch: [new RegExp(`also denies arn:aws:iam::${PROBE_ACCOUNT}:user/Alice`)] },
    ],
    [
      'the same statement without a word about root is simply not a root deny',
      scp(`{"Sid": "RolesOnly", "Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/*"}}}`),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'arn:*:iam covers every partition',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:*:iam::*:root"}}}`),
      { kind: 'full', partitions: ['*'], problems: [] },
    ],
    [
      'a GovCloud-only pattern covers aws-us-gov only',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws-us-gov:iam::*:root"}}}`),
      { kind: 'full', statements: [0], partitions: ['aws-us-gov'], problems: [] },
    ],
    [
      'several patterns and statements add their partitions',
      scp(
        `{"Effect": "Deny", "Action": "*", "Resource": "*",
          "Condition": {"ArnLike": {"aws:PrincipalArn": ["arn:aws:iam::*:root", "arn:aws-cn:iam::*:root"]}}}`,
        `{"Effect": "Deny", "Action": "*", "Resource": "*",
          "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws-us-gov:iam::*:root"}}}`,
      ),
      { kind: 'full', statements: [0, 1], partitions: ['aws', 'aws-us-gov', 'aws-cn'], problems: [] },
    ],
    [
      'deny-all decoy: meant for the root user (its Sid says so), denies everyone',
      scp(`{"Sid": "DenyRootUser", "Effect": "Deny", "Action": "*", "Resource": "*"}`),
      {
        kind: 'none',
        statements: [],
        problems: ['denies every principal, not specifically the root user (Statement[0] "DenyRootUser")'],
      },
    ],
    [
      'a quarantine deny-all that never names the root user is not an attempt at a root deny',
      scp(`{"Sid": "DenyAllAccess", "Effect": "Deny", "Action": "*", "Resource": "*"}`),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'region-deny decoy: applies to every principal, says nothing about root',
      scp(`{"Effect": "Deny", "NotAction": ["iam:*", "organizations:*", "sts:*", "support:*"], "Resource": "*",
            "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-north-1", "eu-west-3"]}}}`),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'a root deny that also needs a region condition only denies sometimes',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"},
                          "StringNotEquals": {"aws:RequestedRegion": "us-east-2"}}}`),
      {
        kind: 'partial',
        statements: [0],
        problemsMatch: [/only when its condition on aws:RequestedRegion holds, not unconditionally/],
      },
    ],
    [
      'Bool aws:ViaAWSService false is a documented companion condition',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"},
                          "Bool": {"aws:ViaAWSService": "false"}}}`),
      { kind: 'full', statements: [0], problems: [] },
    ],
    [
      'a specific Action list is a partial deny',
      scp(`{"Effect": "Deny", "Action": ["iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile"],
            "Resource": "*", ${ROOT_CONDITION}}`),
      {
        kind: 'partial',
        statements: [0],
        deniedActions: ['iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'],
        problems: [],
      },
    ],
    [
      'the root user of one named account is not every member account',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::555566667777:root"}}}`),
      { kind: 'none', problemsMatch: [/names the root user of account 555566667777 only/] },
    ],
    [
      'naming the probe account itself is still one account, not every member account',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:root"}}}`),
      { kind: 'none', statements: [], problemsMatch: [/only, not of every member account/] },
    ],
    [
      'account principal in a bucket policy is the account, not the root user',
      scp(`{"Sid": "CrossAccountRead", "Effect": "Allow", "Principal": {"AWS": "555566667777"},
            "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::shared-reports/*"}`),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'denying another account principal is not a root deny',
      scp(`{"Effect": "Deny", "Principal": {"AWS": "arn:aws:iam::555566667777:root"},
            "Action": "s3:*", "Resource": ["arn:aws:s3:::vault", "arn:aws:s3:::vault/*"]}`),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'a resource control policy with Principal "*" scoped to root',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": ["s3:*", "sqs:*", "kms:*", "sts:*", "secretsmanager:*"],
            "Resource": "*", ${ROOT_CONDITION}}`),
      {
        kind: 'partial',
        statements: [0],
        deniedActions: ['s3:*', 'sqs:*', 'kms:*', 'sts:*', 'secretsmanager:*'],
      },
    ],
    [
      'an ordinary guard-rail SCP is not about root at all',
      scp(
        `{"Effect": "Deny", "Action": ["organizations:LeaveOrganization", "account:CloseAccount"], "Resource": "*"}`,
      ),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'condition keys are case-insensitive',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"arnlike": {"AWS:PRINCIPALARN": "arn:aws:iam::*:root"}}}`),
      { kind: 'full', statements: [0], problems: [] },
    ],
    [
      'NotAction carve-out with the AssumedRoot exemption',
      scp(`{"Effect": "Deny", "NotAction": ["s3:DeleteBucketPolicy", "s3:PutBucketPolicy"], "Resource": "*",
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"}, "Null": {"aws:AssumedRoot": "true"}}}`),
      {
        kind: 'partial',
        allowedActions: ['s3:DeleteBucketPolicy', 's3:PutBucketPolicy'],
        exemptsAssumedRoot: true,
      },
    ],
    [
      'a carve-out another statement denies is not left to root',
      scp(
        `{"Effect": "Deny", "NotAction": ["iam:CreateAccessKey", "support:DescribeCases"], "Resource": "*", ${ROOT_CONDITION}}`,
        `{"Effect": "Deny", "Action": "iam:Create*", "Resource": "*", ${ROOT_CONDITION}}`,
      ),
      { kind: 'partial', statements: [0, 1], allowedActions: ['support:DescribeCases'] },
    ],
    [
      'NotAction and Action statements that together cover everything are full',
      scp(
        `{"Effect": "Deny", "NotAction": "iam:CreateAccessKey", "Resource": "*", ${ROOT_CONDITION}}`,
        `{"Effect": "Deny", "Action": "iam:CreateAccessKey", "Resource": "*", ${ROOT_CONDITION}}`,
      ),
      { kind: 'full', statements: [0, 1] },
    ],
    [
      'Bool aws:AssumedRoot true only reaches AssumeRoot sessions',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "*",
            "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"}, "Bool": {"aws:AssumedRoot": "true"}}}`),
      { kind: 'none', problemsMatch: [/limits the statement to sts:AssumeRoot sessions/] },
    ],
    [
      'a placeholder exception for a privileged role does not make a root deny',
      scp(`{"Effect": "Deny", "Action": ["kms:ScheduleKeyDeletion", "kms:DeleteAlias"], "Resource": "*",
            "Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::\${Account}:role/KeyCustodian"}}}`),
      { kind: 'none', statements: [], problems: [] },
    ],
    [
      'Action "*:*" covers every action',
      scp(`{"Effect": "Deny", "Action": "*:*", "Resource": "*", ${ROOT_CONDITION}}`),
      { kind: 'full', statements: [0] },
    ],
    [
      'a root deny on named resources only is partial',
      scp(`{"Effect": "Deny", "Action": "*", "Resource": "arn:aws:s3:::audit-trail/*", ${ROOT_CONDITION}}`),
      { kind: 'partial', statements: [0], problemsMatch: [/only on the resources it names/] },
    ],
  ];

  it.each(cases)('%s', (_name, json, expected) => {
    const { problemsMatch, ...exact } = expected;
    const result = deniesRootUser(policy(json));
    expect(result).toMatchObject(exact);
    if (exact.kind === 'full') {
      expect(result.allowedActions).toBeUndefined();
      expect(result.deniedActions).toBeUndefined();
    }
    if (exact.kind === 'none') expect(result.partitions).toEqual([]);
    if (problemsMatch) {
      expect(result.problems).toHaveLength(problemsMatch.length);
      problemsMatch.forEach((pattern, i) => expect(result.problems[i]).toMatch(pattern));
    }
  });

  it('names the statement each problem comes from', () => {
    const deny = `{"Sid": "DenyRoot", "Effect": "Deny", "Action": "*", "Resource": "*"}`;
    expect(deniesRootUser(policy(scp(deny, deny))).problems).toEqual([
      'denies every principal, not specifically the root user (Statement[0] "DenyRoot")',
      'denies every principal, not specifically the root user (Statement[1] "DenyRoot")',
    ]);
  });
});

describe('deniesAllPrincipals', () => {
  const BUCKET = '["arn:aws:s3:::ledger-archive", "arn:aws:s3:::ledger-archive/*"]';
  const QUEUE = '"arn:aws:sqs:eu-west-1:111122223333:billing-events"';
  const cases: [string, string, LockoutOptions, Partial<LockoutResult> & { reasonMatch?: RegExp }][] = [
    [
      'Principal "*" denied every s3 action, no condition',
      scp(`{"Sid": "Freeze", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ${BUCKET}}`),
      {},
      { lockout: true, actions: 'all', statement: 0, reasonMatch: /S3UnlockBucketPolicy/ },
    ],
    [
      '{"AWS": "*"} denied the bucket-policy actions',
      scp(
        `{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::ledger-archive/*"}`,
        `{"Effect": "Deny", "Principal": {"AWS": "*"},
            "Action": ["s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:GetBucketPolicy"], "Resource": "arn:aws:s3:::ledger-archive"}`,
      ),
      {},
      { lockout: true, actions: 'management', statement: 1 },
    ],
    [
      'Action "*" with Principal "*"',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": ${BUCKET}}`),
      { service: 's3' },
      { lockout: true, actions: 'all', statement: 0 },
    ],
    [
      'TLS-only deny is conditional, not a lockout',
      scp(`{"Sid": "TlsOnly", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ${BUCKET},
            "Condition": {"Bool": {"aws:SecureTransport": "false"}}}`),
      {},
      { lockout: false, actions: 'all', statement: 0, reasonMatch: /aws:SecureTransport/ },
    ],
    [
      'organisation perimeter deny is not a lockout',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ${BUCKET},
            "Condition": {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}`),
      {},
      { lockout: false, reasonMatch: /aws:PrincipalOrgID/ },
    ],
    [
      'VPC-endpoint-only deny is not a lockout',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ${BUCKET},
            "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-0a1b2c3d"}}}`),
      {},
      { lockout: false, reasonMatch: /aws:SourceVpce/ },
    ],
    [
      'a deny that excepts an admin role by ARN leaves that role able to repair it',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ${BUCKET},
            "Condition": {"ArnNotEquals": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/LedgerAdmin"}}}`),
      {},
      { lockout: false, statement: 0, reasonMatch: /role\/LedgerAdmin/ },
    ],
    [
      'a condition that always holds does not save anyone',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ${BUCKET},
            "Condition": {"StringLike": {"aws:PrincipalArn": "*"}}}`),
      {},
      { lockout: true, actions: 'all' },
    ],
    [
      'denying only the root user is not a lockout',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": ${BUCKET},
            "Condition": {"StringEquals": {"aws:PrincipalType": "Account"}}}`),
      {},
      {
        lockout: false,
        actions: 'all',
        statement: 0,
        reasonMatch: new RegExp(`does not deny arn:aws:iam::${PROBE_ACCOUNT}:role/Admin`),
      },
    ],
    [
      'denying only object reads is not a lockout',
      scp(
        `{"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::ledger-archive/*"}`,
      ),
      {},
      { lockout: false, actions: 'some' },
    ],
    [
      'an account-principal grant is not a deny at all',
      scp(
        `{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "s3:*", "Resource": ${BUCKET}}`,
      ),
      {},
      { lockout: false, actions: 'some', reasonMatch: /No Deny statement/ },
    ],
    [
      'a deny naming the owner account covers all its principals',
      scp(
        `{"Effect": "Deny", "Principal": {"AWS": "111122223333"}, "Action": "s3:*", "Resource": ${BUCKET}}`,
      ),
      { accountId: '111122223333' },
      { lockout: true, actions: 'all' },
    ],
    [
      'a deny naming another account leaves the owner alone',
      scp(
        `{"Effect": "Deny", "Principal": {"AWS": "444455556666"}, "Action": "s3:*", "Resource": ${BUCKET}}`,
      ),
      { accountId: '111122223333' },
      { lockout: false, reasonMatch: /Principal/ },
    ],
    [
      'SQS queue denied everything to everyone',
      scp(`{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": "sqs:*", "Resource": ${QUEUE}}`),
      {},
      { lockout: true, actions: 'all', statement: 0, reasonMatch: /SQSUnlockQueuePolicy/ },
    ],
    [
      'SQS SetQueueAttributes denied to everyone',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": ["sqs:SetQueueAttributes"], "Resource": ${QUEUE}}`),
      {},
      { lockout: true, actions: 'management' },
    ],
    [
      'SQS deny with an aws:SourceArn condition is not a lockout',
      scp(`{"Effect": "Deny", "Principal": "*", "Action": "sqs:*", "Resource": ${QUEUE},
            "Condition": {"ArnNotEquals": {"aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:billing"}}}`),
      {},
      { lockout: false, reasonMatch: /aws:SourceArn/ },
    ],
  ];

  it.each(cases)('%s', (_name, json, opts, expected) => {
    const { reasonMatch, ...exact } = expected;
    const result = deniesAllPrincipals(policy(json), opts);
    expect(result).toMatchObject(exact);
    if (reasonMatch) expect(result.reason).toMatch(reasonMatch);
  });
});

describe('grantsAssumeRoot', () => {
  const AUDIT = 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials';
  const cases: [string, string, Partial<AssumeRootGrant> & { reasonMatch?: RegExp }][] = [
    [
      'AssumeRoot on every account with no task-policy limit',
      scp(`{"Effect": "Allow", "Action": "sts:AssumeRoot", "Resource": "*"}`),
      { grants: true, unrestricted: true, statements: [0], taskPolicies: '*', targets: '*' },
    ],
    [
      'one task policy on one named member account',
      scp(`{"Sid": "AuditRootOfSandbox", "Effect": "Allow", "Action": "sts:AssumeRoot",
            "Resource": "arn:aws:iam::555566667777:root",
            "Condition": {"StringEquals": {"sts:TaskPolicyArn": "${AUDIT}"}}}`),
      {
        grants: true,
        unrestricted: false,
        statements: [0],
        taskPolicies: [AUDIT],
        targets: ['arn:aws:iam::555566667777:root'],
      },
    ],
    [
      'sts:* reaches AssumeRoot',
      scp(`{"Effect": "Allow", "Action": "sts:*", "Resource": "*"}`),
      { grants: true, unrestricted: true },
    ],
    [
      'sts:Assume* reaches AssumeRoot',
      scp(`{"Effect": "Allow", "Action": ["sts:Assume*"], "Resource": "arn:aws:iam::*:root"}`),
      { grants: true, unrestricted: true, targets: '*' },
    ],
    [
      'bare "*" administrator statements are out of scope',
      scp(`{"Effect": "Allow", "Action": "*", "Resource": "*"}`),
      { grants: false, unrestricted: false, statements: [], reasonMatch: /administrator/ },
    ],
    [
      'ArnLike on every root-task policy is every task policy',
      scp(`{"Effect": "Allow", "Action": "sts:AssumeRoot", "Resource": "*",
            "Condition": {"ArnLike": {"sts:TaskPolicyArn": "arn:aws:iam::aws:policy/root-task/*"}}}`),
      { grants: true, unrestricted: true, taskPolicies: '*' },
    ],
    [
      'any account, but only two task policies',
      scp(`{"Effect": "Allow", "Action": "sts:AssumeRoot", "Resource": "*",
            "Condition": {"ArnEquals": {"sts:TaskPolicyArn": [
              "arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy",
              "arn:aws:iam::aws:policy/root-task/SQSUnlockQueuePolicy"]}}}`),
      {
        grants: true,
        unrestricted: false,
        targets: '*',
        taskPolicies: [
          'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy',
          'arn:aws:iam::aws:policy/root-task/SQSUnlockQueuePolicy',
        ],
      },
    ],
    [
      'an explicit Deny of AssumeRoot cancels the grant',
      scp(
        `{"Effect": "Allow", "Action": "sts:*", "Resource": "*"}`,
        `{"Effect": "Deny", "Action": "sts:AssumeRoot", "Resource": "*"}`,
      ),
      { grants: false, statements: [] },
    ],
    [
      'AssumeRole is not AssumeRoot',
      scp(
        `{"Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"], "Resource": "arn:aws:iam::*:role/deployer"}`,
      ),
      { grants: false, reasonMatch: /No statement allows sts:AssumeRoot/ },
    ],
    [
      'a power-user NotAction grant reaches AssumeRoot',
      scp(`{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*", "account:*"], "Resource": "*"}`),
      { grants: true, unrestricted: true, statements: [0] },
    ],
    [
      'aws:ResourceAccount narrows the targets',
      scp(`{"Effect": "Allow", "Action": "sts:AssumeRoot", "Resource": "*",
            "Condition": {"StringEquals": {"aws:ResourceAccount": ["555566667777"]}}}`),
      { grants: true, unrestricted: false, targets: ['arn:aws:iam::555566667777:root'], taskPolicies: '*' },
    ],
    [
      'an MFA condition does not narrow what may be reached',
      scp(`{"Effect": "Allow", "Action": "sts:AssumeRoot", "Resource": "*",
            "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}`),
      { grants: true, unrestricted: true },
    ],
  ];

  it.each(cases)('%s', (_name, json, expected) => {
    const { reasonMatch, ...exact } = expected;
    const result = grantsAssumeRoot(policy(json));
    expect(result).toMatchObject(exact);
    if (Array.isArray(exact.taskPolicies))
      expect([...result.taskPolicies].sort()).toEqual([...exact.taskPolicies].sort());
    if (reasonMatch) expect(result.reason).toMatch(reasonMatch);
  });
});

describe('root ARN helpers', () => {
  it.each([
    ['arn:aws:iam::111122223333:root', true, true],
    ['arn:aws-us-gov:iam::111122223333:root', true, true],
    ['111122223333', false, true],
    ['arn:aws:iam::111122223333:role/root', false, false],
    ['arn:aws:iam::*:root', false, false],
    ['arn:aws:sts::111122223333:root', false, false],
    ['*', false, false],
  ])('%s: root user ARN %s, account principal %s', (value, rootUser, account) => {
    expect(isRootUserArn(value)).toBe(rootUser);
    expect(isAccountPrincipal(value)).toBe(account);
  });
});
