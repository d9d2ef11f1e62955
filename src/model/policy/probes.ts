/**
 * Probe principals: concrete callers whose requests the root, lockout and AssumeRoot questions
 * evaluate. Their contexts state only what IAM itself fixes for that kind of principal; every
 * other key stays unknown, so a condition on it answers `depends` rather than a guess.
 */
import { parseArn } from './arn.js';
import type { ContextValue } from './types.js';

/**
 * Account ids that read as placeholders but are not AWS's documentation examples (111122223333,
 * 123456789012...), which authors copy into real policies, where a probe's own id in an exception
 * (`StringNotLike arn:aws:iam::111122223333:root`) would be mistaken for the whole policy.
 */
export const PROBE_ACCOUNT = '000011112222';
/** A second member account: a root deny must cover every member account, not one named id. */
export const OTHER_ACCOUNT = '000033334444';

export type PrincipalKind = 'root' | 'role' | 'user';

export interface ProbePrincipal {
  readonly kind: PrincipalKind;
  readonly arn: string;
  readonly account: string;
  readonly context: Readonly<Record<string, ContextValue>>;
}

const PRINCIPAL_TYPE: Record<PrincipalKind, string> = {
  // The root user's aws:PrincipalType is "Account" — there is no "Root" principal type.
  root: 'Account',
  role: 'AssumedRole',
  user: 'User',
};

/**
 * The identity keys of a principal. With `detail`, also the keys that are fixed for the kind of
 * principal (the root user has no aws:username; its aws:userid is the account id) and the
 * request facts the root question assumes (a direct call, not via an AWS service).
 */
function identityContext(
  kind: PrincipalKind,
  arn: string,
  account: string,
  detail: boolean,
  assumedRoot: boolean,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {
    'aws:PrincipalArn': arn,
    'aws:PrincipalAccount': account,
    'aws:PrincipalType': PRINCIPAL_TYPE[kind],
    'aws:PrincipalIsAWSService': 'false',
  };
  if (!detail) return context;
  const name = arn.split('/').pop() ?? '';
  return {
    ...context,
    'aws:userid':
      kind === 'root' ? account : kind === 'role' ? 'AROAROOTGUARDPROBE:session' : 'AIDAROOTGUARDPROBE',
    'aws:username': kind === 'user' ? name : undefined,
    'aws:AssumedRoot': kind === 'root' && assumedRoot ? 'true' : undefined,
    'aws:ViaAWSService': 'false',
    'aws:PrincipalServiceName': undefined,
  };
}

export interface ProbeOptions {
  readonly partition?: string;
  /** Add the keys fixed for the principal kind (see identityContext). */
  readonly detail?: boolean;
  /** Root only: a session started with sts:AssumeRoot (aws:AssumedRoot = "true"). */
  readonly assumedRoot?: boolean;
}

export function probe(kind: PrincipalKind, account: string, options: ProbeOptions = {}): ProbePrincipal {
  const partition = options.partition ?? 'aws';
  const arn =
    kind === 'root'
      ? `arn:${partition}:iam::${account}:root`
      : `arn:${partition}:iam::${account}:${kind === 'role' ? 'role/Admin' : 'user/Alice'}`;
  return {
    kind,
    arn,
    account,
    context: identityContext(kind, arn, account, options.detail ?? false, options.assumedRoot ?? false),
  };
}

/** A probe for a concrete IAM principal ARN taken from a policy (a role or user an exception names). */
export function probeFromArn(arn: string): ProbePrincipal | undefined {
  const parts = parseArn(arn);
  if (!parts || !/^\d{12}$/.test(parts.account)) return undefined;
  let kind: PrincipalKind | undefined;
  let principalArn = arn;
  if (parts.service === 'iam' && parts.resource === 'root') kind = 'root';
  else if (parts.service === 'iam' && parts.resource.startsWith('role/')) kind = 'role';
  else if (parts.service === 'iam' && parts.resource.startsWith('user/')) kind = 'user';
  else if (parts.service === 'sts' && parts.resource.startsWith('assumed-role/')) {
    // aws:PrincipalArn of a session is its role's ARN.
    kind = 'role';
    principalArn = `arn:${parts.partition}:iam::${parts.account}:role/${parts.resource.split('/')[1] ?? ''}`;
  }
  if (!kind) return undefined;
  return {
    kind,
    arn: principalArn,
    account: parts.account,
    context: identityContext(kind, principalArn, parts.account, false, false),
  };
}
