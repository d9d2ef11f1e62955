/**
 * RG006: a bucket or queue policy that denies every principal the actions that would repair it.
 *
 * Judged with deniesAllPrincipals(), which evaluates the document for the owner's principals and
 * every principal its exceptions name, so a deny conditioned on aws:SecureTransport,
 * aws:PrincipalOrgID or aws:SourceVpce (keys the request does not settle), or one that exempts a
 * named role, is not a lockout, and `arn:aws:iam::<id>:root` as a Principal is the account, not
 * the root user. A Deny that spares only the root user (a NotPrincipal naming just the account,
 * whose roles IAM still denies) is a lockout: the root user is the only way back.
 *
 * A policy only partly known statically (`jsonencode` or a policy document with an unknown leaf,
 * typically `aws_s3_bucket.x.arn`) is judged on what is known, never guessed (an unknown Sid or Id
 * does not count as unknown: IAM never reads them):
 *  - a fully known statement that locks everyone out is a finding: other statements cannot undo
 *    an explicit Deny, whatever they turn out to be;
 *  - a Deny statement unknown only in its Resource is a lockout if that Resource is the bucket or
 *    queue itself, which is what a bucket or queue policy may name, but it could also be just the
 *    objects (`${arn}/*`), which is not: that is reported as unverified, never as a finding;
 *  - anything else unknown (conditions, principals, actions, whole statements) is silent. Almost
 *    every bucket policy has some unknown part, and an unverified for each would bury the rare
 *    real lockout under noise.
 */
import {
  deniesAllPrincipals,
  parsePolicy,
  settleUnknownNames,
  type LockoutOptions,
  type LockoutService,
  type PolicyDocument,
} from '../model/policy.js';
import { attributeLocation, type Resource } from '../model/resource.js';
import { Unknown, containsUnknown, isObject, type Value, type ValueObject } from '../model/value.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

/** Resource types whose `policy` argument is a bucket or queue policy, and the service it governs. */
const POLICY_RESOURCES: Readonly<Record<string, LockoutService>> = {
  aws_s3_bucket_policy: 's3',
  // Legacy inline form (AWS provider < 4); still accepted and still applied.
  aws_s3_bucket: 's3',
  aws_sqs_queue_policy: 'sqs',
  aws_sqs_queue: 'sqs',
};

/** The owning account from a queue URL (`https://sqs.<region>.amazonaws.com/<account>/<name>`). */
function queueAccount(resource: Resource): string | undefined {
  const url = resource.values.queue_url;
  if (typeof url !== 'string') return undefined;
  return /^https?:\/\/[^/]+\/(\d{12})\/[^/]+\/?$/.exec(url)?.[1];
}

function checkResource(resource: Resource, service: LockoutService): RuleReport[] {
  const text = settleUnknownNames(resource.values.policy);
  const account = service === 'sqs' ? queueAccount(resource) : undefined;
  const options: LockoutOptions = { service, ...(account !== undefined ? { accountId: account } : {}) };
  if (text instanceof Unknown) return checkPartial(resource, text, options);
  // Absent or empty: nothing to judge. An object is a document whose only unknowns were names.
  if (typeof text === 'string' ? text.trim() === '' : !isObject(text)) return [];
  const parsed = parsePolicy(text);
  // AWS rejects a malformed document when it is applied, so it cannot lock anyone out.
  if (!parsed.ok) return [];
  const result = deniesAllPrincipals(parsed.policy, options);
  if (!result.lockout) return [];
  const note =
    parsed.warnings !== undefined && parsed.warnings.length > 0
      ? ` AWS would reject this text as written (${parsed.warnings.join('; ')}); removing the comments applies the lockout.`
      : '';
  return [
    finding(`${resource.address} locks every principal out: ${result.reason}.${note}`, {
      resource: resource.address,
      location: attributeLocation(resource, 'policy'),
      source: resource.origin,
    }),
  ];
}

/** The statements of a partly known document, or undefined when even their list is unknown. */
function statementsOf(document: Value | undefined): Value[] | undefined {
  if (!isObject(document)) return undefined;
  const statement = document.Statement;
  if (statement instanceof Unknown) return undefined;
  return Array.isArray(statement) ? statement : statement === undefined ? [] : [statement];
}

/** A one-statement (or known-statements) policy document, parsed; undefined when IAM would reject it. */
function documentOf(version: Value | undefined, statements: Value[]): PolicyDocument | undefined {
  const parsed = parsePolicy({
    ...(typeof version === 'string' ? { Version: version } : {}),
    Statement: statements,
  });
  return parsed.ok ? parsed.policy : undefined;
}

/**
 * A statement whose only unknown part is its Resource, with each unknown entry read as "the
 * resource this policy is attached to" (`*`); undefined for any other statement.
 */
function withAttachedResource(statement: Value): { statement: ValueObject; reasons: string[] } | undefined {
  if (!isObject(statement)) return undefined;
  const { Resource: resource, ...rest } = statement;
  if (containsUnknown(rest) || !containsUnknown(resource)) return undefined;
  const entries = Array.isArray(resource) ? resource : [resource ?? null];
  const reasons: string[] = [];
  const replaced = entries.map((entry) => {
    if (entry instanceof Unknown) {
      reasons.push(entry.reason);
      return '*';
    }
    return entry;
  });
  if (containsUnknown(replaced)) return undefined;
  return { statement: { ...rest, Resource: [...new Set(replaced)] }, reasons };
}

function checkPartial(resource: Resource, policy: Unknown, options: LockoutOptions): RuleReport[] {
  const statements = statementsOf(policy.partial);
  if (statements === undefined) return [];
  const version = isObject(policy.partial) ? policy.partial.Version : undefined;
  const at = { resource: resource.address, location: attributeLocation(resource, 'policy') };

  // Statement indexes in messages are the author's, not those of the known subset.
  const knownIndexes = statements.flatMap((s, i) => (containsUnknown(s) ? [] : [i]));
  const knownDoc =
    knownIndexes.length > 0
      ? documentOf(
          version,
          knownIndexes.map((i) => statements[i] ?? null),
        )
      : undefined;
  const result = knownDoc ? deniesAllPrincipals(knownDoc, options) : undefined;
  if (result?.lockout) {
    const reason = result.reason.replace(
      /Statement\[(\d+)\]/g,
      (_, k: string) => `Statement[${knownIndexes[Number(k)] ?? k}]`,
    );
    const unknown = statements.length - knownIndexes.length;
    return [
      finding(
        `${resource.address} locks every principal out: ${reason} (its ${unknown} other statement${unknown === 1 ? ' is' : 's are'} not known statically, but no statement can undo a Deny).`,
        { ...at, source: resource.origin },
      ),
    ];
  }

  const reports: RuleReport[] = [];
  for (const [index, s] of statements.entries()) {
    const candidate = withAttachedResource(s);
    if (candidate?.statement.Effect !== 'Deny') continue;
    // The statement alone decides: an Allow elsewhere never undoes an explicit Deny.
    const doc = documentOf(version, [candidate.statement]);
    const alone = doc ? deniesAllPrincipals(doc, options) : undefined;
    if (!alone?.lockout) continue;
    const why = [...new Set(candidate.reasons)].join('; ');
    reports.push(
      unverified(
        `${resource.address} Statement[${index}] denies every principal with no condition, and its Resource is not known statically (${why}): if it names the ${options.service === 'sqs' ? 'queue' : 'bucket'} itself, only the root user can repair this policy`,
        at,
      ),
    );
  }
  return reports;
}

export const rule: Rule = {
  id: 'RG006',
  name: 'lockout-resource-policy',
  severity: 'medium',
  scope: 'any',
  title: 'A bucket or queue policy locks every principal out',
  rationale:
    "A bucket or queue policy that denies every principal every action (or every action that changes the policy), with no condition that can fail, locks out every role and user of the owning account, administrators included. Only the account's root user can undo it, through the S3UnlockBucketPolicy or SQSUnlockQueuePolicy root task, which turns a policy typo into a root-credential incident.",
  remediation:
    'Give the Deny a condition that leaves a way in: require aws:SecureTransport, limit it to aws:PrincipalOrgID or aws:SourceVpce, or exempt an administration role with ArnNotLike on aws:PrincipalArn. Never deny "*" actions to Principal "*" unconditionally.',
  example: {
    bad: [
      'resource "aws_s3_bucket_policy" "logs" {',
      '  bucket = aws_s3_bucket.logs.id',
      '  policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect    = "Deny"',
      '      Principal = "*"',
      '      Action    = "s3:*"',
      '      Resource  = ["arn:aws:s3:::example-logs", "arn:aws:s3:::example-logs/*"]',
      '    }]',
      '  })',
      '}',
    ].join('\n'),
    good: [
      'resource "aws_s3_bucket_policy" "logs" {',
      '  bucket = aws_s3_bucket.logs.id',
      '  policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect    = "Deny"',
      '      Principal = "*"',
      '      Action    = "s3:*"',
      '      Resource  = ["arn:aws:s3:::example-logs", "arn:aws:s3:::example-logs/*"]',
      '      Condition = {',
      '        Bool = { "aws:SecureTransport" = "false" }',
      '      }',
      '    }]',
      '  })',
      '}',
    ].join('\n'),
  },
  docs: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html',
    'https://repost.aws/knowledge-center/s3-accidentally-denied-access',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
  ],
  check(ctx) {
    return ctx.resources.flatMap((r) => {
      const service = POLICY_RESOURCES[r.type];
      if (r.mode !== 'managed' || service === undefined || r.action === 'delete') return [];
      return checkResource(r, service);
    });
  },
};
