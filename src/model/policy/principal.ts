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
 * NotPrincipal: the statement applies to every principal the set does not match. (IAM's finer
 * rule for Deny + NotPrincipal — a session is exempt only if its role and account are listed
 * too — is approximated by the same equivalences as Principal.)
 */
export function notPrincipalSetMatches(
  set: PrincipalSet | '*',
  request: Pick<Request, 'principal' | 'principalAccount'>,
): Tri {
  return not3(principalSetMatches(set, request));
}
