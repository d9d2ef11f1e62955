/**
 * RG008: an identity policy that lets its holder start root sessions (sts:AssumeRoot) on any
 * member account, or with any task policy.
 *
 * Judged with grantsAssumeRoot(), which evaluates the policy for probe requests (any account,
 * each AWS task policy, one that does not exist), so `sts:*`, `sts:Assume*` and an
 * `ArnLike sts:TaskPolicyArn .../root-task/*` count for what they allow. Bare `"Action": "*"`
 * administrator policies are out of scope: they grant everything, AssumeRoot is the least of it.
 *
 * A document only partly known statically (an unknown ARN in a `jsonencode` or policy document)
 * is judged on its fully known statements (see checkPartial); a document with nothing known, or
 * an AssumeRoot grant inside an unknown statement, is not reported: identity policies routinely
 * name resources through `aws_x.y.arn`, and an unverified for each would drown real findings.
 */
import { grantsAssumeRoot, parsePolicy, settleUnknownNames, type AssumeRootGrant } from '../model/policy.js';
import type { Location } from '../model/location.js';
import { attributeLocation, type Resource } from '../model/resource.js';
import { Unknown, containsUnknown, isObject, type Value } from '../model/value.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

/** Resource types whose argument holds an identity policy document. */
const POLICY_ARGUMENT: Readonly<Record<string, string>> = {
  aws_iam_policy: 'policy',
  aws_iam_role_policy: 'policy',
  aws_iam_user_policy: 'policy',
  aws_iam_group_policy: 'policy',
  aws_ssoadmin_permission_set_inline_policy: 'inline_policy',
};

interface Document {
  readonly text: Value | undefined;
  readonly label: string;
  readonly location: Location;
}

/** The identity policy documents a resource declares, with where each is written. */
function documents(resource: Resource): Document[] {
  const argument = POLICY_ARGUMENT[resource.type];
  if (argument !== undefined) {
    return [
      {
        text: resource.values[argument],
        label: resource.address,
        location: attributeLocation(resource, argument),
      },
    ];
  }
  if (resource.type !== 'aws_iam_role') return [];
  // aws_iam_role inline_policy blocks: only the first block's line is recorded, so later blocks
  // point at the role itself rather than at a wrong line.
  const blocks = resource.values.inline_policy;
  const list = Array.isArray(blocks) ? blocks.filter(isObject) : isObject(blocks) ? [blocks] : [];
  return list.map((block, i) => ({
    text: block.policy,
    label:
      typeof block.name === 'string'
        ? `${resource.address} inline policy "${block.name}"`
        : `${resource.address} inline_policy[${i}]`,
    location: i === 0 ? attributeLocation(resource, 'inline_policy.policy') : resource.location,
  }));
}

const TASK_PREFIX = 'arn:aws:iam::aws:policy/root-task/';

function describeTasks(grant: AssumeRootGrant): string {
  if (grant.taskPolicies === '*') return 'any task policy (sts:TaskPolicyArn is not limited)';
  return grant.taskPolicies
    .map((t) => (t.startsWith(TASK_PREFIX) ? t.slice(TASK_PREFIX.length) : t))
    .join(', ');
}

function describeTargets(grant: AssumeRootGrant): string {
  return grant.targets === '*' ? 'any member account' : grant.targets.join(', ');
}

/** A grant this rule reports: on every member account, or with every task policy. */
function tooWide(grant: AssumeRootGrant): boolean {
  // One named task policy (or a few) on named member accounts is how AssumeRoot is meant to be used.
  return grant.grants && (grant.targets === '*' || grant.taskPolicies === '*');
}

function describeGrant(label: string, grant: AssumeRootGrant, indexes: readonly number[]): string {
  const how = grant.unrestricted
    ? 'a root session for any purpose in every member account'
    : grant.targets === '*'
      ? 'root sessions in every member account'
      : 'root sessions with any task policy';
  const statements = grant.statements.map((i) => `Statement[${indexes[i] ?? i}]`).join(', ');
  return `${label} allows sts:AssumeRoot (${statements}) on ${describeTargets(grant)} with ${describeTasks(grant)}: ${how}`;
}

/**
 * A document only partly known (an unknown ARN somewhere in a `jsonencode`): the fully known
 * statements are judged. Their grant stands if every unknown statement is an Allow, since more
 * Allows only widen it; an unknown statement that is (or may be) a Deny could take it back, so
 * then the grant is unverified. A grant inside an unknown statement is not looked for.
 */
function checkPartial(resource: Resource, doc: Document, policy: Unknown): RuleReport[] {
  const document = policy.partial;
  if (!isObject(document) || document.Statement instanceof Unknown) return [];
  const raw = document.Statement;
  const statements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const knownIndexes = statements.flatMap((s, i) => (containsUnknown(s) ? [] : [i]));
  if (knownIndexes.length === 0) return [];
  const parsed = parsePolicy({
    ...(typeof document.Version === 'string' ? { Version: document.Version } : {}),
    Statement: knownIndexes.map((i) => statements[i] ?? null),
  });
  if (!parsed.ok) return [];
  const grant = grantsAssumeRoot(parsed.policy);
  if (!tooWide(grant)) return [];
  const message = describeGrant(doc.label, grant, knownIndexes);
  const unknown = statements.filter((s) => containsUnknown(s));
  const onlyAllows = unknown.every((s) => isObject(s) && s.Effect === 'Allow');
  if (onlyAllows) {
    return [
      finding(`${message} (its other statements are not known statically, but they are Allows).`, {
        resource: resource.address,
        location: doc.location,
        source: resource.origin,
      }),
    ];
  }
  return [
    unverified(`${message}, unless a statement not known statically denies it (${policy.reason})`, {
      resource: resource.address,
      location: doc.location,
    }),
  ];
}

function checkDocument(resource: Resource, doc: Document): RuleReport[] {
  const text = settleUnknownNames(doc.text);
  if (text instanceof Unknown) return checkPartial(resource, doc, text);
  // Absent or empty: nothing to judge. An object is a document whose only unknowns were names.
  if (typeof text === 'string' ? text.trim() === '' : !isObject(text)) return [];
  const parsed = parsePolicy(text);
  // IAM rejects a malformed document when it is applied, so it grants nothing.
  if (!parsed.ok) return [];
  const grant = grantsAssumeRoot(parsed.policy);
  if (!tooWide(grant)) return [];
  const note =
    parsed.warnings !== undefined && parsed.warnings.length > 0
      ? ` Note: ${parsed.warnings.join('; ')}.`
      : '';
  return [
    finding(`${describeGrant(doc.label, grant, [])}.${note}`, {
      resource: resource.address,
      location: doc.location,
      source: resource.origin,
    }),
  ];
}

export const rule: Rule = {
  id: 'RG008',
  name: 'unrestricted-assume-root',
  severity: 'medium',
  scope: 'any',
  title: 'An identity policy allows sts:AssumeRoot without limits',
  rationale:
    'sts:AssumeRoot starts a root-user session in a member account; the task policy (sts:TaskPolicyArn) decides whether that session can only audit credentials or can delete them, reset the password or unlock a bucket policy. A grant on every account or with every task policy hands root-user powers across the organization to whoever holds the policy.',
  remediation:
    'Allow sts:AssumeRoot only on the member accounts that need it (Resource "arn:aws:iam::<account>:root", or aws:ResourceAccount) and only with the task policy the job needs, using StringEquals on sts:TaskPolicyArn. Grant it from a dedicated, tightly held role, not through sts:* or sts:Assume*.',
  example: {
    bad: [
      'resource "aws_iam_policy" "ops" {',
      '  name = "ops"',
      '  policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect   = "Allow"',
      '      Action   = "sts:*"',
      '      Resource = "*"',
      '    }]',
      '  })',
      '}',
    ].join('\n'),
    good: [
      'resource "aws_iam_policy" "root_audit" {',
      '  name = "root-audit"',
      '  policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect   = "Allow"',
      '      Action   = "sts:AssumeRoot"',
      '      Resource = "arn:aws:iam::111122223333:root"',
      '      Condition = {',
      '        StringEquals = {',
      '          "sts:TaskPolicyArn" = "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials"',
      '        }',
      '      }',
      '    }]',
      '  })',
      '}',
    ].join('\n'),
  },
  docs: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html',
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html',
  ],
  check(ctx) {
    return ctx.resources
      .filter((r) => r.mode === 'managed' && r.action !== 'delete')
      .flatMap((r) => documents(r).flatMap((doc) => checkDocument(r, doc)));
  },
};
