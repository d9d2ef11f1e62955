/**
 * Does an identity policy let its holder start root sessions in member accounts (sts:AssumeRoot)?
 *
 * AssumeRoot is the centralised-root-access way to do root-only tasks; what matters is how far a
 * grant reaches: which member accounts (the `arn:aws:iam::<account>:root` resource, or
 * aws:ResourceAccount) and which task policies (sts:TaskPolicyArn). Answered by evaluating the
 * policy for probe requests — any account, each AWS task policy, and one that does not exist —
 * so `ArnLike sts:TaskPolicyArn .../root-task/*` counts as every task policy, as it should.
 *
 * Bare `"*"` (or `"*:*"`) Allow statements are administrator access, another rule's business:
 * they are noted but do not count as an AssumeRoot grant here.
 */
import { rootArn } from './arn.js';
import { actionMatches, explainStatement } from './match.js';
import { concretize } from './pattern.js';
import type { PolicyDocument, Request, Statement } from './types.js';

export interface AssumeRootGrant {
  readonly grants: boolean;
  /** Any member account AND any task policy. */
  readonly unrestricted: boolean;
  /** Indexes of the Allow statements that grant it. */
  readonly statements: readonly number[];
  /** Task policy ARNs that may be used, or `*` for any. */
  readonly taskPolicies: readonly string[] | '*';
  /** Resource entries (or account root ARNs) it may target, or `*` for any member account. */
  readonly targets: readonly string[] | '*';
  readonly reason: string;
}

const ACTION = 'sts:AssumeRoot';
const TASK_POLICY_PREFIX = 'arn:aws:iam::aws:policy/root-task/';
export const ROOT_TASK_POLICIES = [
  'IAMAuditRootUserCredentials',
  'IAMCreateRootUserPassword',
  'IAMDeleteRootUserCredentials',
  'S3UnlockBucketPolicy',
  'SQSUnlockQueuePolicy',
].map((name) => TASK_POLICY_PREFIX + name);
/** A task policy that does not exist: allowed only by a grant that allows every task policy. */
const ANY_TASK = `${TASK_POLICY_PREFIX}RootGuardProbeUnlistedTask`;
/** A member account no policy names: targeted only by a grant on every account. */
const ANY_ACCOUNT = '246813579024';
/** The condition keys that narrow an AssumeRoot grant; other conditions are not this check's concern. */
const NARROWING_KEYS = new Set(['sts:taskpolicyarn', 'aws:resourceaccount']);

function isBareWildcard(pattern: string): boolean {
  return /^\*+(:\*+)?$/.test(pattern);
}

type Scope = 'grants' | 'admin' | 'no';

/** Whether an Allow statement's actions reach sts:AssumeRoot other than through a bare `*`. */
function scopeOf(stmt: Statement): Scope {
  if (stmt.effect !== 'Allow') return 'no';
  if (stmt.notActions) return stmt.notActions.some((p) => actionMatches(p, ACTION)) ? 'no' : 'grants';
  const matching = (stmt.actions ?? []).filter((p) => actionMatches(p, ACTION));
  if (matching.length === 0) return 'no';
  return matching.every(isBareWildcard) ? 'admin' : 'grants';
}

function probeRequest(resource: string, account: string | undefined, task: string): Request {
  return {
    action: ACTION,
    resource,
    context: { 'sts:TaskPolicyArn': task, 'aws:ResourceAccount': account ?? ANY_ACCOUNT },
  };
}

interface Target {
  /** How the target is reported. */
  readonly label: string;
  readonly resource: string;
  readonly account?: string;
}

export function grantsAssumeRoot(identityPolicy: PolicyDocument): AssumeRootGrant {
  const statements = identityPolicy.statements;
  const scopes = statements.map(scopeOf);
  const granting = statements.flatMap((s, i) => (scopes[i] === 'grants' ? [{ s, i }] : []));
  const admin = scopes.flatMap((scope, i) => (scope === 'admin' ? [`Statement[${i}]`] : []));
  const adminNote =
    admin.length > 0 ? ` (${admin.join(', ')} allow "*": administrator access, out of scope here)` : '';

  if (granting.length === 0) return noGrant('No statement allows sts:AssumeRoot' + adminNote);

  // Probe targets: any account, plus each account the grants name.
  const targets: Target[] = [{ label: '*', resource: rootArn(ANY_ACCOUNT), account: ANY_ACCOUNT }];
  const tasks = new Set([ANY_TASK, ...ROOT_TASK_POLICIES]);
  for (const { s } of granting) {
    for (const r of s.resources ?? []) {
      const resource = concretize(r);
      const account = resource.split(':')[4];
      targets.push({ label: r, resource, ...(account && /^\d{12}$/.test(account) ? { account } : {}) });
    }
    for (const c of s.conditions) {
      if (c.key === 'aws:resourceaccount') {
        c.values.forEach((v) => targets.push({ label: rootArn(v), resource: rootArn(v), account: v }));
      }
      if (c.key === 'sts:taskpolicyarn') c.values.forEach((v) => tasks.add(concretize(v)));
    }
  }

  // Allows are judged on the narrowing keys only; a Deny blocks only where it certainly applies.
  const narrowed = granting.map(({ s, i }) => ({
    i,
    s: { ...s, conditions: s.conditions.filter((c) => NARROWING_KEYS.has(c.key)) },
  }));
  const denies = statements.filter((s) => s.effect === 'Deny');
  const allowedBy = (target: Target, task: string): number[] => {
    const req = probeRequest(target.resource, target.account, task);
    if (denies.some((d) => explainStatement(d, req).result === 'yes')) return [];
    return narrowed.filter(({ s }) => explainStatement(s, req).result !== 'no').map(({ i }) => i);
  };

  const allowedTargets = new Set<string>();
  const allowedTasks = new Set<string>();
  const used = new Set<number>();
  for (const target of targets) {
    for (const task of tasks) {
      const by = allowedBy(target, task);
      if (by.length === 0) continue;
      by.forEach((i) => used.add(i));
      allowedTargets.add(target.label);
      allowedTasks.add(task);
    }
  }

  if (used.size === 0) {
    return noGrant('Every statement that allows sts:AssumeRoot is denied or narrowed away' + adminNote);
  }

  const anyTask = allowedTasks.has(ANY_TASK);
  const anyTarget = allowedTargets.has('*');
  const unrestricted = allowedBy(targets[0] as Target, ANY_TASK).length > 0;
  const taskPolicies = anyTask ? '*' : [...allowedTasks];
  const targetList = anyTarget ? '*' : [...allowedTargets];
  const at = [...used].map((i) => `Statement[${i}]`).join(', ');
  const reason = unrestricted
    ? `${at} allows sts:AssumeRoot on any member account with any task policy: a root session for anything, anywhere`
    : `${at} allows sts:AssumeRoot ${anyTarget ? 'on any member account' : `on ${(targetList as string[]).join(', ')}`} with ${anyTask ? 'any task policy' : (taskPolicies as string[]).join(', ')}`;
  return {
    grants: true,
    unrestricted,
    statements: [...used].sort((a, b) => a - b),
    taskPolicies,
    targets: targetList,
    reason: reason + adminNote,
  };
}

function noGrant(reason: string): AssumeRootGrant {
  return { grants: false, unrestricted: false, statements: [], taskPolicies: [], targets: [], reason };
}
