/** Parsing, statement matching and whole-policy evaluation, table by table. */
import { describe, expect, it } from '@jest/globals';
import {
  actionMatches,
  evaluate,
  explainStatement,
  matchStatement,
  parsePolicy,
  type ContextValue,
  type PolicyDocument,
  type Request,
  type Statement,
  type Tri,
} from '../../src/model/policy.js';
import { Unknown } from '../../src/model/value.js';

function policy(input: unknown): PolicyDocument {
  const parsed = parsePolicy(input);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${parsed.error}`);
  return parsed.policy;
}

function statement(json: object, version: string | null = '2012-10-17'): Statement {
  const doc = policy({ ...(version ? { Version: version } : {}), Statement: [json] });
  const [only] = doc.statements;
  if (!only) throw new Error('no statement');
  return only;
}

function req(
  action: string,
  context: Record<string, ContextValue> = {},
  extra: Partial<Request> = {},
): Request {
  return { action, context, ...extra };
}

describe('parsePolicy normalises', () => {
  it('a single Statement object, string-valued elements and no Version', () => {
    const result = parsePolicy(
      `{"Statement": {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}}`,
    );
    expect(result).toEqual({
      ok: true,
      policy: {
        statements: [
          {
            effect: 'Deny',
            actions: ['s3:DeleteBucket'],
            resources: ['*'],
            conditions: [],
            policyVariables: false,
          },
        ],
      },
    });
  });

  it('an already-parsed value, with every principal form', () => {
    const doc = policy({
      Version: '2012-10-17',
      Id: 'shared-key-policy',
      Statement: [
        {
          Sid: 'Everyone',
          Effect: 'Allow',
          Principal: {
            AWS: ['111122223333', 'arn:aws:iam::444455556666:role/Reader'],
            Service: 'logs.amazonaws.com',
            Federated: 'cognito-identity.amazonaws.com',
            CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be',
          },
          NotAction: ['kms:ScheduleKeyDeletion'],
          NotResource: 'arn:aws:kms:*:*:alias/*',
        },
        { Effect: 'Deny', NotPrincipal: '*', Action: '*' },
      ],
    });
    expect(doc.version).toBe('2012-10-17');
    expect(doc.id).toBe('shared-key-policy');
    expect(doc.statements[0]).toMatchObject({
      sid: 'Everyone',
      principals: {
        aws: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:role/Reader'],
        service: ['logs.amazonaws.com'],
        federated: ['cognito-identity.amazonaws.com'],
        canonicalUser: ['79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'],
      },
      notActions: ['kms:ScheduleKeyDeletion'],
      notResources: ['arn:aws:kms:*:*:alias/*'],
      policyVariables: true,
    });
    expect(doc.statements[1]).toMatchObject({ notPrincipals: '*', actions: ['*'] });
    expect(doc.statements[1]?.sid).toBeUndefined();
  });

  it('condition operators in any case, set prefixes, IfExists, scalar values and key case', () => {
    const stmt = statement({
      Effect: 'Deny',
      Action: '*',
      Condition: {
        'forAnyValue:stringlikeIfExists': { 'aws:TagKeys': ['env', 'team*'] },
        numericlessthan: { 's3:max-keys': 10 },
        BOOL: { 'aws:SecureTransport': false },
      },
    });
    expect(stmt.conditions).toEqual([
      {
        operator: 'StringLike',
        ifExists: true,
        setOperator: 'ForAnyValue',
        key: 'aws:tagkeys',
        rawKey: 'aws:TagKeys',
        rawOperator: 'forAnyValue:stringlikeIfExists',
        values: ['env', 'team*'],
      },
      {
        operator: 'NumericLessThan',
        ifExists: false,
        key: 's3:max-keys',
        rawKey: 's3:max-keys',
        rawOperator: 'numericlessthan',
        values: ['10'],
      },
      {
        operator: 'Bool',
        ifExists: false,
        key: 'aws:securetransport',
        rawKey: 'aws:SecureTransport',
        rawOperator: 'BOOL',
        values: ['false'],
      },
    ]);
  });

  it('an empty Statement array is a policy that says nothing', () => {
    expect(parsePolicy('{"Version": "2012-10-17", "Statement": []}')).toEqual({
      ok: true,
      policy: { version: '2012-10-17', statements: [] },
    });
  });
});

describe('parsePolicy rejects malformed documents with a clear message', () => {
  const good = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
  it.each<[string, unknown, RegExp]>([
    ['invalid JSON', '{"Statement": [', /^Policy is not valid JSON: /],
    ['JSON that is an array', '[]', /^Policy must be a JSON object/],
    ['null', null, /^Policy must be a JSON object/],
    ['a number', 42, /^Policy must be a JSON object/],
    [
      'an Unknown value from the Terraform model',
      new Unknown('known after apply'),
      /^Policy must be a JSON object/,
    ],
    ['no Statement', { Version: '2012-10-17' }, /^Policy has no "Statement" element$/],
    [
      'Statement a string',
      { Statement: 'Allow all' },
      /^Statement must be an object or an array of objects$/,
    ],
    ['a statement that is not an object', { Statement: [good, 'x'] }, /^Statement\[1\] must be an object$/],
    [
      'lower-case effect',
      { Statement: [good, { ...good, Effect: 'deny' }] },
      /^Statement\[1\]\.Effect must be "Allow" or "Deny"$/,
    ],
    ['missing effect', { Statement: { Action: '*' } }, /^Statement\.Effect must be "Allow" or "Deny"$/],
    [
      'both Action and NotAction',
      { Statement: [{ ...good, NotAction: 'iam:*' }] },
      /^Statement\[0\] has both Action and NotAction/,
    ],
    [
      'neither Action nor NotAction',
      { Statement: [{ Effect: 'Allow', Resource: '*' }] },
      /^Statement\[0\] needs Action or NotAction$/,
    ],
    [
      'a numeric Action',
      { Statement: [{ ...good, Action: [1] }] },
      /^Statement\[0\]\.Action must be a string or an array of strings$/,
    ],
    [
      'both Resource and NotResource',
      { Statement: [{ ...good, NotResource: '*' }] },
      /has both Resource and NotResource/,
    ],
    [
      'a Principal string',
      { Statement: [{ ...good, Principal: 'arn:aws:iam::111122223333:root' }] },
      /Principal must be "\*" or an object/,
    ],
    [
      'an unknown principal type',
      { Statement: [{ ...good, Principal: { User: 'bob' } }] },
      /Principal has unknown key "User"/,
    ],
    [
      'an unknown operator',
      { Statement: [{ ...good, Condition: { StringMatches: { k: 'v' } } }] },
      /unknown condition operator "StringMatches"/,
    ],
    [
      'a condition block that is a list',
      { Statement: [{ ...good, Condition: { StringEquals: ['k'] } }] },
      /StringEquals must be an object of condition keys/,
    ],
    [
      'a condition value that is an object',
      { Statement: [{ ...good, Condition: { StringEquals: { 'aws:username': { a: 1 } } } }] },
      /StringEquals\["aws:username"\] must be a string, number, boolean or an array of them/,
    ],
    ['a numeric Sid', { Statement: [{ ...good, Sid: 7 }] }, /^Statement\[0\]\.Sid must be a string$/],
    ['a numeric Version', { Version: 2012, Statement: [good] }, /^Version must be a string$/],
  ])('%s', (_name, input, message) => {
    const result = parsePolicy(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('actions', () => {
  it.each<[string, string, boolean]>([
    ['iam:Create*', 'iam:CreateUser', true],
    ['iam:Create*', 'iam:DeleteUser', false],
    ['IAM:createuser', 'iam:CreateUser', true],
    ['s3:Get?bject', 's3:GetObject', true],
    ['s3:Get?bject', 's3:GetObjectAcl', false],
    ['s3:Get?bject', 's3:Getbject', false],
    ['*', 'anything:AtAll', true],
    ['sts:Assume*', 'sts:AssumeRoot', true],
    ['ec2:*Instances', 'ec2:RunInstances', true],
    ['s3:*', 's3express:CreateSession', false],
  ])('%s matches %s: %s', (pattern, action, expected) => {
    expect(actionMatches(pattern, action)).toBe(expected);
  });

  it('NotAction is the complement of Action', () => {
    const stmt = statement({ Effect: 'Deny', NotAction: ['iam:*', 'sts:GetCallerIdentity'] });
    expect(matchStatement(stmt, req('iam:ListRoles'))).toBe('no');
    expect(matchStatement(stmt, req('sts:GetCallerIdentity'))).toBe('no');
    expect(matchStatement(stmt, req('ec2:RunInstances'))).toBe('yes');
  });
});

describe('resources', () => {
  const stmt = (resource: object) => statement({ Effect: 'Allow', Action: '*', ...resource });
  it.each<[string, object, string | undefined, Tri]>([
    [
      'object ARNs under a bucket',
      { Resource: 'arn:aws:s3:::reports/*' },
      'arn:aws:s3:::reports/2024/q1.csv',
      'yes',
    ],
    ['resources are case-sensitive', { Resource: 'arn:aws:s3:::Reports/*' }, 'arn:aws:s3:::reports/a', 'no'],
    ['a wildcard cannot cross a colon', { Resource: 'arn:aws:s3:*' }, 'arn:aws:s3:::reports', 'no'],
    [
      'component-wise wildcards',
      { Resource: 'arn:aws:sqs:*:*:orders-*' },
      'arn:aws:sqs:eu-west-1:111122223333:orders-eu',
      'yes',
    ],
    ['"*" matches an unstated resource', { Resource: '*' }, undefined, 'yes'],
    [
      'a specific pattern against an unstated resource depends',
      { Resource: 'arn:aws:s3:::reports' },
      undefined,
      'depends',
    ],
    ['NotResource excludes', { NotResource: 'arn:aws:s3:::reports/*' }, 'arn:aws:s3:::reports/x', 'no'],
    [
      'NotResource includes the rest',
      { NotResource: 'arn:aws:s3:::reports/*' },
      'arn:aws:s3:::other/x',
      'yes',
    ],
    [
      'a policy variable in Resource',
      { Resource: 'arn:aws:s3:::home/${aws:username}/*' },
      'arn:aws:s3:::home/ana/notes',
      'yes',
    ],
    [
      'another user under a policy variable',
      { Resource: 'arn:aws:s3:::home/${aws:username}/*' },
      'arn:aws:s3:::home/bo/notes',
      'no',
    ],
  ])('%s', (_name, resource, target, expected) => {
    expect(
      matchStatement(
        stmt(resource),
        req('s3:GetObject', { 'aws:username': 'ana' }, target ? { resource: target } : {}),
      ),
    ).toBe(expected);
  });

  it('an unknown policy variable depends, unless nothing it could hold would match', () => {
    const s = stmt({ Resource: 'arn:aws:s3:::home/${aws:username}/*' });
    expect(matchStatement(s, req('s3:GetObject', {}, { resource: 'arn:aws:s3:::home/ana/x' }))).toBe(
      'depends',
    );
    expect(matchStatement(s, req('s3:GetObject', {}, { resource: 'arn:aws:s3:::shared/x' }))).toBe('no');
  });

  it('variables are literal text before Version 2012-10-17', () => {
    const s = statement(
      { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::home/${aws:username}/*' },
      '2008-10-17',
    );
    expect(
      matchStatement(
        s,
        req('s3:GetObject', { 'aws:username': 'ana' }, { resource: 'arn:aws:s3:::home/ana/x' }),
      ),
    ).toBe('no');
    expect(
      matchStatement(s, req('s3:GetObject', {}, { resource: 'arn:aws:s3:::home/${aws:username}/x' })),
    ).toBe('yes');
  });
});

describe('principals', () => {
  const withPrincipal = (principal: object | string, not = false) =>
    statement({
      Effect: 'Deny',
      [not ? 'NotPrincipal' : 'Principal']: principal,
      Action: '*',
      Resource: '*',
    });
  const ROLE = 'arn:aws:iam::111122223333:role/Deployer';
  const SESSION = 'arn:aws:sts::111122223333:assumed-role/Deployer/ci-42';
  it.each<[string, object | string, boolean, Partial<Request>, Tri]>([
    [
      'bare account id covers the account root user',
      { AWS: '111122223333' },
      false,
      { principal: 'arn:aws:iam::111122223333:root' },
      'yes',
    ],
    [
      'an account principal covers every principal of it',
      { AWS: 'arn:aws:iam::111122223333:root' },
      false,
      { principal: ROLE },
      'yes',
    ],
    ['but not another account', { AWS: '444455556666' }, false, { principal: ROLE }, 'no'],
    [
      'a role covers its sessions',
      { AWS: ROLE },
      false,
      { principal: 'arn:aws:sts::111122223333:assumed-role/Deployer/ci-42' },
      'yes',
    ],
    [
      'a role is not another role',
      { AWS: ROLE },
      false,
      { principal: 'arn:aws:iam::111122223333:role/Auditor' },
      'no',
    ],
    ['{"AWS": "*"} covers any AWS principal', { AWS: '*' }, false, { principal: ROLE }, 'yes'],
    ['"*" covers even an unstated principal', '*', false, {}, 'yes'],
    ['a named principal against an unstated caller depends', { AWS: ROLE }, false, {}, 'depends'],
    [
      'service principals compare by name',
      { Service: 'cloudtrail.amazonaws.com' },
      false,
      { principal: 'cloudtrail.amazonaws.com' },
      'yes',
    ],
    [
      'NotPrincipal exempts a user named with its account',
      { AWS: ['arn:aws:iam::111122223333:user/ana', '111122223333'] },
      true,
      { principal: 'arn:aws:iam::111122223333:user/ana' },
      'no',
    ],
    [
      'NotPrincipal exempts a session named with its role and account',
      { AWS: [SESSION, ROLE, 'arn:aws:iam::111122223333:root'] },
      true,
      { principal: SESSION },
      'no',
    ],
    [
      'NotPrincipal naming only the account spares its root user',
      { AWS: 'arn:aws:iam::111122223333:root' },
      true,
      { principal: 'arn:aws:iam::111122223333:root' },
      'no',
    ],
    [
      'but not its roles: IAM checks the role and the session too',
      { AWS: 'arn:aws:iam::111122223333:root' },
      true,
      { principal: SESSION },
      'yes',
    ],
    [
      'a role and account without the session are not certain either way',
      { AWS: [ROLE, '111122223333'] },
      true,
      { principal: SESSION },
      'depends',
    ],
    [
      'a principal named without its account "might" be denied: not certain',
      { AWS: ROLE },
      true,
      { principal: ROLE },
      'depends',
    ],
    [
      'NotPrincipal applies to everyone else',
      { AWS: ROLE },
      true,
      { principal: 'arn:aws:iam::111122223333:user/ana' },
      'yes',
    ],
  ])('%s', (_name, principal, not, extra, expected) => {
    expect(matchStatement(withPrincipal(principal, not), req('s3:GetObject', {}, extra))).toBe(expected);
  });
});

describe('conditions', () => {
  type Case = [string, Record<string, Record<string, unknown>>, Record<string, ContextValue>, Tri];
  const cases: Case[] = [
    // String operators
    [
      'StringEquals matches exactly',
      { StringEquals: { 'aws:PrincipalTag/team': 'ops' } },
      { 'aws:PrincipalTag/team': 'ops' },
      'yes',
    ],
    [
      'StringEquals is case-sensitive',
      { StringEquals: { 'aws:PrincipalTag/team': 'ops' } },
      { 'aws:PrincipalTag/team': 'Ops' },
      'no',
    ],
    [
      'StringEquals treats * literally',
      { StringEquals: { 'aws:PrincipalTag/team': 'o*' } },
      { 'aws:PrincipalTag/team': 'ops' },
      'no',
    ],
    [
      'values within a key are OR-ed',
      { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] } },
      { 'aws:RequestedRegion': 'eu-west-2' },
      'yes',
    ],
    [
      'StringNotEquals holds for other values',
      { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] } },
      { 'aws:RequestedRegion': 'us-east-1' },
      'yes',
    ],
    [
      'StringNotEquals fails for a listed value',
      { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] } },
      { 'aws:RequestedRegion': 'eu-west-1' },
      'no',
    ],
    [
      'StringNotEquals holds when the key is missing',
      { StringNotEquals: { 'aws:SourceVpc': 'vpc-1' } },
      { 'aws:SourceVpc': undefined },
      'yes',
    ],
    [
      'StringEquals fails when the key is missing',
      { StringEquals: { 'aws:SourceVpc': 'vpc-1' } },
      { 'aws:SourceVpc': undefined },
      'no',
    ],
    [
      'StringEqualsIgnoreCase',
      { StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'OPS' } },
      { 'aws:PrincipalTag/team': 'ops' },
      'yes',
    ],
    [
      'StringNotEqualsIgnoreCase',
      { StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'OPS' } },
      { 'aws:PrincipalTag/team': 'ops' },
      'no',
    ],
    ['StringLike wildcard', { StringLike: { 's3:prefix': ['home/*'] } }, { 's3:prefix': 'home/ana/' }, 'yes'],
    ['StringLike ? is one character', { StringLike: { 's3:prefix': 'v?' } }, { 's3:prefix': 'v12' }, 'no'],
    ['StringNotLike', { StringNotLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'tmp/' }, 'yes'],
    [
      'condition keys match case-insensitively',
      { StringEquals: { 'AWS:REQUESTEDREGION': 'eu-west-1' } },
      { 'aws:requestedregion': 'eu-west-1' },
      'yes',
    ],
    // ARN operators
    [
      'ArnEquals accepts wildcards',
      { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:alerts' } },
      { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:alerts' },
      'yes',
    ],
    [
      'ArnLike wildcards stay within a component',
      { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/*' } },
      { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:root' },
      'no',
    ],
    [
      'a * cannot swallow colons to reach a later component',
      { ArnLike: { 'aws:SourceArn': 'arn:*:iam::*:root' } },
      { 'aws:SourceArn': 'arn:aws:sts::111122223333:assumed-role/a:iam::1:root' },
      'no',
    ],
    [
      'ArnLike needs a six-part pattern',
      { ArnLike: { 'aws:SourceArn': 'arn:aws:*' } },
      { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:alerts' },
      'no',
    ],
    [
      'ArnLike against a non-ARN value',
      { ArnLike: { 'aws:SourceArn': 'arn:*:*:*:*:*' } },
      { 'aws:SourceArn': 'not-an-arn' },
      'no',
    ],
    [
      'ArnLike resource keeps colons',
      { ArnLike: { 'aws:SourceArn': 'arn:aws:logs:*:*:log-group:/app/*' } },
      { 'aws:SourceArn': 'arn:aws:logs:eu-west-1:1:log-group:/app/web:*' },
      'yes',
    ],
    [
      'ArnNotEquals',
      { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin' } },
      { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin' },
      'no',
    ],
    [
      'ArnNotLike with a missing key holds',
      { ArnNotLike: { 'aws:SourceArn': 'arn:aws:sns:*:*:*' } },
      { 'aws:SourceArn': undefined },
      'yes',
    ],
    // Bool and Null
    ['Bool', { Bool: { 'aws:SecureTransport': 'false' } }, { 'aws:SecureTransport': 'false' }, 'yes'],
    [
      'Bool with a missing key fails',
      { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
      { 'aws:MultiFactorAuthPresent': undefined },
      'no',
    ],
    [
      'BoolIfExists with a missing key holds',
      { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      { 'aws:MultiFactorAuthPresent': undefined },
      'yes',
    ],
    [
      'Null true holds for a missing key',
      { Null: { 'aws:AssumedRoot': 'true' } },
      { 'aws:AssumedRoot': undefined },
      'yes',
    ],
    [
      'Null true fails for a present key',
      { Null: { 'aws:AssumedRoot': 'true' } },
      { 'aws:AssumedRoot': 'true' },
      'no',
    ],
    [
      'Null false holds for a present key',
      { Null: { 'aws:TokenIssueTime': 'false' } },
      { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' },
      'yes',
    ],
    // Numeric
    ['NumericLessThan', { NumericLessThan: { 's3:max-keys': '10' } }, { 's3:max-keys': '9' }, 'yes'],
    [
      'NumericLessThanEquals',
      { NumericLessThanEquals: { 's3:max-keys': '10' } },
      { 's3:max-keys': '10' },
      'yes',
    ],
    [
      'NumericGreaterThan',
      { NumericGreaterThan: { 'aws:MultiFactorAuthAge': 3600 } },
      { 'aws:MultiFactorAuthAge': '3600' },
      'no',
    ],
    [
      'NumericGreaterThanEquals',
      { NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': 3600 } },
      { 'aws:MultiFactorAuthAge': '3600' },
      'yes',
    ],
    [
      'NumericEquals with decimals',
      { NumericEquals: { 'ec2:VolumeSize': '1.5' } },
      { 'ec2:VolumeSize': '1.50' },
      'yes',
    ],
    ['NumericNotEquals', { NumericNotEquals: { 'ec2:VolumeSize': '8' } }, { 'ec2:VolumeSize': '8' }, 'no'],
    [
      'Numeric on a non-number fails',
      { NumericEquals: { 'ec2:VolumeSize': '8' } },
      { 'ec2:VolumeSize': 'eight' },
      'no',
    ],
    // Date
    [
      'DateLessThan (ISO 8601)',
      { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } },
      { 'aws:CurrentTime': '2029-12-31T23:59:59Z' },
      'yes',
    ],
    [
      'DateGreaterThan with epoch seconds',
      { DateGreaterThan: { 'aws:EpochTime': '1700000000' } },
      { 'aws:EpochTime': '1600000000' },
      'no',
    ],
    [
      'DateEquals across formats',
      { DateEquals: { 'aws:CurrentTime': '1970-01-01T00:01:40Z' } },
      { 'aws:CurrentTime': '100' },
      'yes',
    ],
    [
      'DateNotEquals',
      { DateNotEquals: { 'aws:CurrentTime': '2024-05-01T00:00:00Z' } },
      { 'aws:CurrentTime': '2024-05-02T00:00:00Z' },
      'yes',
    ],
    // IP
    [
      'IpAddress in a CIDR',
      { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      { 'aws:SourceIp': '203.0.113.77' },
      'yes',
    ],
    [
      'IpAddress outside it',
      { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      { 'aws:SourceIp': '203.0.114.1' },
      'no',
    ],
    [
      'IpAddress with a bare address',
      { IpAddress: { 'aws:SourceIp': '198.51.100.7' } },
      { 'aws:SourceIp': '198.51.100.7' },
      'yes',
    ],
    [
      'IpAddress IPv6',
      { IpAddress: { 'aws:SourceIp': '2001:db8::/32' } },
      { 'aws:SourceIp': '2001:db8:1234::1' },
      'yes',
    ],
    [
      'IPv4 never matches an IPv6 block',
      { IpAddress: { 'aws:SourceIp': '::/0' } },
      { 'aws:SourceIp': '10.0.0.1' },
      'no',
    ],
    [
      'NotIpAddress',
      { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.0.0/16'] } },
      { 'aws:SourceIp': '192.168.4.4' },
      'no',
    ],
    [
      'NotIpAddress with a missing key holds',
      { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
      { 'aws:SourceIp': undefined },
      'yes',
    ],
    // Binary
    [
      'BinaryEquals',
      { BinaryEquals: { 'aws:SomeBlob': 'QmluYXJ5VmFsdWU=' } },
      { 'aws:SomeBlob': 'QmluYXJ5VmFsdWU=' },
      'yes',
    ],
    [
      'BinaryEquals differs',
      { BinaryEquals: { 'aws:SomeBlob': 'QmluYXJ5VmFsdWU=' } },
      { 'aws:SomeBlob': 'T3RoZXI=' },
      'no',
    ],
    // IfExists and set operators
    [
      'StringEqualsIfExists with a missing key holds',
      { StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } },
      { 'ec2:InstanceType': undefined },
      'yes',
    ],
    [
      'StringEqualsIfExists with a present key compares',
      { StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } },
      { 'ec2:InstanceType': 'm5.large' },
      'no',
    ],
    [
      'ForAllValues with a missing key holds',
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } },
      { 'aws:TagKeys': undefined },
      'yes',
    ],
    [
      'ForAllValues with every value listed',
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
      { 'aws:TagKeys': ['team', 'env'] },
      'yes',
    ],
    [
      'ForAllValues with one value not listed',
      { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } },
      { 'aws:TagKeys': ['env', 'cost'] },
      'no',
    ],
    [
      'ForAnyValue with a missing key fails',
      { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } },
      { 'aws:TagKeys': undefined },
      'no',
    ],
    [
      'ForAnyValue ignores IfExists for a missing key',
      { 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': ['env'] } },
      { 'aws:TagKeys': undefined },
      'no',
    ],
    [
      'ForAnyValue with one value listed',
      { 'ForAnyValue:StringLike': { 'aws:TagKeys': ['env*'] } },
      { 'aws:TagKeys': ['cost', 'environment'] },
      'yes',
    ],
    [
      'ForAnyValue:StringNotEquals with one other value',
      { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['env'] } },
      { 'aws:TagKeys': ['env', 'x'] },
      'yes',
    ],
    [
      'ForAllValues:StringNotEquals with a listed value',
      { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['env'] } },
      { 'aws:TagKeys': ['env', 'x'] },
      'no',
    ],
    // AND across keys and operators
    [
      'keys and operators are AND-ed',
      {
        StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalTag/team': 'ops' },
        Bool: { 'aws:SecureTransport': 'true' },
      },
      { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalTag/team': 'dev', 'aws:SecureTransport': 'true' },
      'no',
    ],
    // Unknown keys
    ['an unknown key depends', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }, {}, 'depends'],
    [
      'an unknown key depends under IfExists too',
      { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc' } },
      {},
      'depends',
    ],
    ['an unknown key depends under Null', { Null: { 'aws:AssumedRoot': 'true' } }, {}, 'depends'],
    [
      'one definite failure settles the statement despite an unknown key',
      { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' }, Bool: { 'aws:SecureTransport': 'true' } },
      { 'aws:SecureTransport': 'false' },
      'no',
    ],
    ['a tautology holds whatever the key', { StringLikeIfExists: { 'aws:PrincipalOrgID': '*' } }, {}, 'yes'],
    // Policy variables in condition values
    [
      'a policy variable in a condition',
      { StringLike: { 's3:prefix': 'home/${aws:username}/*' } },
      { 's3:prefix': 'home/ana/x', 'aws:username': 'ana' },
      'yes',
    ],
    [
      'a variable with a default for a missing key',
      { StringEquals: { 'aws:PrincipalTag/team': "${aws:RequestTag/team, 'none'}" } },
      { 'aws:PrincipalTag/team': 'none', 'aws:RequestTag/team': undefined },
      'yes',
    ],
    [
      'a variable whose key is unknown depends',
      { StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } },
      { 'aws:ResourceTag/owner': 'ana' },
      'depends',
    ],
    [
      'the ${*} escape is a literal star',
      { StringLike: { 's3:prefix': 'a${*}' } },
      { 's3:prefix': 'abc' },
      'no',
    ],
  ];

  it.each(cases)('%s', (_name, condition, context, expected) => {
    const stmt = statement({ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: condition });
    expect(matchStatement(stmt, req('s3:ListBucket', context))).toBe(expected);
  });

  it("unknownKeys: 'missing' applies IAM's missing-key rules to every unmentioned key", () => {
    const stmt = statement({
      Effect: 'Deny',
      Action: '*',
      Condition: { StringNotEquals: { 'aws:SourceVpc': 'vpc-1' } },
    });
    expect(matchStatement(stmt, req('s3:GetObject'))).toBe('depends');
    expect(matchStatement(stmt, req('s3:GetObject', {}, { unknownKeys: 'missing' }))).toBe('yes');
  });

  it('explains what a depends hangs on', () => {
    const stmt = statement({
      Effect: 'Deny',
      Action: '*',
      Resource: 'arn:aws:s3:::vault/*',
      Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    });
    const match = explainStatement(stmt, req('s3:GetObject'));
    expect(match).toMatchObject({
      result: 'depends',
      action: 'yes',
      resource: 'depends',
      conditions: ['depends'],
    });
    expect(match.dependsOn).toEqual(['Resource', 'aws:RequestedRegion']);
  });
});

describe('evaluate', () => {
  const doc = policy(`{
    "Version": "2012-10-17",
    "Statement": [
      {"Sid": "ReadReports", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
       "Resource": ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]},
      {"Sid": "NoPlainText", "Effect": "Deny", "Action": "s3:*", "Resource": "*",
       "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
      {"Sid": "KeepSecrets", "Effect": "Deny", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/secret/*"}
    ]
  }`);
  const tls = { 'aws:SecureTransport': 'true' };
  it.each<[string, Request, string]>([
    ['an allowed read', req('s3:GetObject', tls, { resource: 'arn:aws:s3:::reports/q1.csv' }), 'allow'],
    [
      'explicit deny beats the allow',
      req('s3:GetObject', tls, { resource: 'arn:aws:s3:::reports/secret/k' }),
      'deny',
    ],
    [
      'a deny by condition',
      req('s3:GetObject', { 'aws:SecureTransport': 'false' }, { resource: 'arn:aws:s3:::reports/q1.csv' }),
      'deny',
    ],
    [
      'nothing allows a write',
      req('s3:PutObject', tls, { resource: 'arn:aws:s3:::reports/q1.csv' }),
      'implicit-deny',
    ],
    [
      'a deny that might apply',
      req('s3:GetObject', {}, { resource: 'arn:aws:s3:::reports/q1.csv' }),
      'depends',
    ],
    ['an allow that might apply', req('s3:ListBucket', tls), 'depends'],
  ])('%s', (_name, request, expected) => {
    expect(evaluate(doc, request)).toBe(expected);
  });
});
