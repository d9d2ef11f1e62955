/**
 * Matching the `Principal` / `NotPrincipal` element against the calling principal.
 *
 * IAM allows no wildcards in principal ARNs except a lone `"*"`, so comparisons are exact, with
 * two IAM equivalences: an account principal (`arn:aws:iam::<id>:root` or a bare id) covers every
 * principal of that account, and a role ARN covers that role's assumed-role sessions.
 */
import { accountOfPrincipal, parseArn } from './arn.js';
import { not3, tri } from './tri.js';
import type { PrincipalSet, Request, Tri } from './types.js';

function accountOf(request: Pick<Request, 'principal' | 'principalAccount'>): string | undefined {
  const arn = request.principal === undefined ? undefined : parseArn(request.principal);
  return arn?.account || request.principalAccount;
}

/** `arn:aws:iam::1:role/path/Name` covers `arn:aws:sts::1:assumed-role/Name/session`. */
function roleCoversSession(role: string, principal: string): boolean {
  const r = parseArn(role);
  const p = parseArn(principal);
  if (!r || !p || r.service !== 'iam' || !r.resource.startsWith('role/')) return false;
  if (p.service !== 'sts' || !p.resource.startsWith('assumed-role/')) return false;
  const roleName = r.resource.split('/').pop();
  const sessionRole = p.resource.split('/')[1];
  return r.partition === p.partition && r.account === p.account && roleName === sessionRole;
}

function awsEntryMatches(entry: string, request: Pick<Request, 'principal' | 'principalAccount'>): boolean {
  if (entry === '*') return true;
  const principal = request.principal ?? '';
  const account = accountOfPrincipal(entry);
  if (account !== undefined) return accountOf(request) === account;
  return entry === principal || roleCoversSession(entry, principal);
}

export function principalSetMatches(
  set: PrincipalSet | '*',
  request: Pick<Request, 'principal' | 'principalAccount'>,
): Tri {
  if (set === '*') return 'yes';
  if (request.principal === undefined) return 'depends';
  const principal = request.principal;
  const lower = principal.toLowerCase();
  return tri(
    (set.aws ?? []).some((e) => awsEntryMatches(e, request)) ||
      (set.service ?? []).some((e) => e.toLowerCase() === lower) ||
      (set.federated ?? []).some((e) => e === principal) ||
      (set.canonicalUser ?? []).some((e) => e === principal),
  );
}

/**
 * NotPrincipal (always with Deny): the statement applies to every principal the set does not
 * exempt. IAM checks a caller layer by layer, its account, then its role, then its session (or
 * user), and exempts it only when each layer is named: an account entry alone exempts that
 * account's root user, not its roles and users, which is why a `NotPrincipal` naming only
 * `arn:aws:iam::<id>:root` still denies every role of the account. A role and account named
 * without the session is not certain either way (AWS's documentation asks for all three).
 */
export function notPrincipalSetMatches(
  set: PrincipalSet | '*',
  request: Pick<Request, 'principal' | 'principalAccount'>,
): Tri {
  if (set === '*') return 'no';
  if (request.principal === undefined) return 'depends';
  const aws = set.aws ?? [];
  if (aws.includes('*')) return 'no';
  const others: PrincipalSet = { ...set, aws: [] };
  if (principalSetMatches(others, request) === 'yes') return 'no';
  const layers = principalLayers(request.principal);
  if (!layers) return not3(principalSetMatches(set, request));
  const account = aws.some((e) => accountOfPrincipal(e) === layers.account);
  const self = aws.includes(request.principal);
  switch (layers.kind) {
    case 'root':
      return account ? 'no' : 'yes';
    case 'user':
      return self ? (account ? 'no' : 'depends') : 'yes';
    case 'session': {
      const principal = request.principal;
      const role = aws.some((e) => roleCoversSession(e, principal));
      if (account && role && self) return 'no';
      return role || self ? 'depends' : 'yes';
    }
  }
}

interface Layers {
  readonly kind: 'root' | 'user' | 'session';
  readonly account: string;
}

/** The layers IAM checks for a caller: root user, IAM user (or a role named as caller), or role session. */
function principalLayers(principal: string): Layers | undefined {
  const arn = parseArn(principal);
  if (!arn || !arn.account) return undefined;
  if (arn.service === 'iam' && arn.resource === 'root') return { kind: 'root', account: arn.account };
  if (arn.service === 'iam' && (arn.resource.startsWith('user/') || arn.resource.startsWith('role/')))
    return { kind: 'user', account: arn.account };
  if (arn.service === 'sts' && arn.resource.startsWith('assumed-role/'))
    return { kind: 'session', account: arn.account };
  return undefined;
}
