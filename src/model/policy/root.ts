/**
 * Which actions does a policy (an SCP, typically) deny to the root user of any member account?
 *
 * Answered by evaluation, never by matching the policy's text: each Deny statement is evaluated
 * for the root user's requests (in every partition, in two member accounts) and for control
 * principals (an admin role, an IAM user) of the same account; the root users of the accounts its
 * conditions name are asked about too, so a carve-out for one account is seen. A statement is a root deny when
 * it denies the root user and none of the controls: a deny-everyone statement also denies root,
 * but it is not a policy *about* the root user.
 *
 * The text is only read afterwards, to explain why a statement that evidently meant to target
 * the root user does not (StringEquals with a wildcard, aws:PrincipalType "Root", ...).
 */
import { isRootUserArn } from './arn.js';
import { describeDependsOn, explainStatement, matchStatement, type StatementMatch } from './match.js';
import { operatorSpec } from './operators.js';
import { globMatch, hasWildcard } from './pattern.js';
import { OTHER_ACCOUNT, PROBE_ACCOUNT, probe, type PrincipalKind, type ProbePrincipal } from './probes.js';
import type { Condition, PolicyDocument, Request, Statement, Tri } from './types.js';

export interface RootDenyResult {
  /** `full`: every action is denied to root; `partial`: some, or only under conditions; `none`. */
  readonly kind: 'full' | 'partial' | 'none';
  /** Indexes of the statements that deny the root user (and not the control principals). */
  readonly statements: readonly number[];
  /** NotAction carve-outs that stay allowed to root (partial only). */
  readonly allowedActions?: readonly string[];
  /** The Action lists of partial root denies (partial only). */
  readonly deniedActions?: readonly string[];
  /** Partitions whose root users are denied: `aws`, `aws-us-gov`, `aws-cn`, ... or `['*']` for all. */
  readonly partitions: readonly string[];
  /** Every root-deny statement leaves sts:AssumeRoot sessions alone (`Null: {aws:AssumedRoot: true}`). */
  readonly exemptsAssumedRoot: boolean;
  /** Why a statement that tries to deny the root user fails or only partly succeeds. */
  readonly problems: readonly string[];
  /**
   * Accounts a condition names whose root user no root-deny statement denies, with the statements
   * that exempt them. Harmless for the management account (SCPs never restrict it), a hole for a
   * member account.
   */
  readonly exemptAccounts?: readonly { readonly account: string; readonly statements: readonly number[] }[];
}

/** Named partitions, reported by name; the last is fictitious, covered only by a wildcard. */
const PARTITIONS = [
  'aws',
  'aws-us-gov',
  'aws-cn',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
];
const ANY_PARTITION_PROBE = 'rootguard-probe-partition';

/**
 * Actions to probe with: credential and lockout-relevant actions, ordinary ones, and one no
 * service has, so only a true "every action" deny covers them all.
 */
const PROBE_ACTIONS = [
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:DeactivateMFADevice',
  'iam:ListUsers',
  's3:PutBucketPolicy',
  's3:GetObject',
  'sqs:SetQueueAttributes',
  'ec2:RunInstances',
  'organizations:LeaveOrganization',
  'account:CloseAccount',
  'kms:ScheduleKeyDeletion',
  'sts:GetCallerIdentity',
  'rootguardprobe:UnlistedAction',
];

function rootRequest(action: string, partition: string, account: string, assumedRoot = false): Request {
  const p = detailedProbe('root', account, partition, assumedRoot);
  return { principal: p.arn, principalAccount: account, action, context: p.context };
}

function controlRequest(kind: PrincipalKind, action: string, partition: string): Request {
  const p = detailedProbe(kind, PROBE_ACCOUNT, partition, false);
  return { principal: p.arn, principalAccount: PROBE_ACCOUNT, action, context: p.context };
}

/**
 * The few probe principals every root question asks about, made once: a policy is asked
 * hundreds of questions, and one shared context per principal is folded once (contextLookup).
 */
const probes = new Map<string, ProbePrincipal>();

function detailedProbe(
  kind: PrincipalKind,
  account: string,
  partition: string,
  assumedRoot: boolean,
): ProbePrincipal {
  const key = `${kind} ${account} ${partition} ${assumedRoot}`;
  let found = probes.get(key);
  if (found === undefined) {
    found = probe(kind, account, { partition, detail: true, assumedRoot });
    // Accounts and partitions come from fixed lists, so this stays small; the bound is a guard.
    if (probes.size >= 1024) probes.clear();
    probes.set(key, found);
  }
  return found;
}

function label(stmt: Statement, index: number): string {
  return stmt.sid ? `Statement[${index}] "${stmt.sid}"` : `Statement[${index}]`;
}

const ROOT_WORD = /(^|:)root$/i;

/**
 * Does the statement evidently mean the root user (a Sid saying so, a condition value naming a
 * root ARN or the "Account" principal type)? Only such statements get problems explained, so
 * ordinary guard-rail SCPs never read as failed root denies. A root ARN under a negated operator
 * (`ArnNotLike`, `StringNotEquals`) is an exemption list naming who may still act, the opposite
 * of an attempt to deny the root user.
 */
function mentionsRoot(stmt: Statement): boolean {
  if (stmt.sid !== undefined && /root/i.test(stmt.sid)) return true;
  return stmt.conditions.some((c) => {
    if (operatorSpec(c.operator)?.negated === true) return false;
    return c.key === 'aws:principaltype'
      ? c.values.some((v) => /^(root|account)$/i.test(v.trim()))
      : c.values.some((v) => ROOT_WORD.test(v.trim()));
  });
}

function list(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** Why one condition (evaluated `no` for the root user) excludes the root user. */
function whyConditionMissesRoot(c: Condition, rootArn: string): string {
  const spec = operatorSpec(c.operator);
  const op = c.operator + (c.ifExists ? 'IfExists' : '');
  const negated = spec?.negated ?? false;
  switch (c.key) {
    case 'aws:principalarn': {
      const likeRoot = c.values.filter((v) => globMatch(v, rootArn, false));
      if (!negated && (spec?.family === 'string' || spec?.family === 'string-ignore-case')) {
        const wild = likeRoot.find(hasWildcard);
        if (wild !== undefined) {
          return `${c.operator} compares literally: the ${wild.includes('*') ? '*' : '?'} in ${wild} never matches`;
        }
      }
      if (negated && likeRoot.length > 0) {
        return `${op} on ${c.rawKey} excludes ${likeRoot[0]}: the statement applies to every principal except the root user (use ArnLike to target it)`;
      }
      const named = c.values.filter(isRootUserArn);
      if (!negated && named.length > 0) {
        const accounts = named.map((v) => v.split(':')[4] ?? '').join(', ');
        return `${op} on ${c.rawKey} names the root user of account ${accounts} only, not of every member account`;
      }
      return `${op} on ${c.rawKey} (${list(c.values)}) does not match the root user's ARN`;
    }
    case 'aws:principaltype':
      if (c.values.some((v) => v.trim().toLowerCase() === 'root')) {
        return `aws:PrincipalType is never "Root": the root user's principal type is "Account"`;
      }
      return `${op} on ${c.rawKey} (${list(c.values)}) does not match the root user, whose principal type is "Account"`;
    case 'aws:username':
      return `the root user has no aws:username, so ${op} on ${c.rawKey} never matches it`;
    case 'aws:userid':
      return `${op} on ${c.rawKey} (${list(c.values)}) does not match the root user, whose aws:userid is its account id`;
    case 'aws:assumedroot':
      return `${op} on ${c.rawKey} limits the statement to sts:AssumeRoot sessions, not the root user's own sign-in`;
    default:
      return `${op} on ${c.rawKey} does not hold for the root user's requests`;
  }
}

/** Reasons the root user's request is not matched, from the parts that answered `no`. */
function diagnose(stmt: Statement, match: StatementMatch, rootArn: string): string[] {
  const reasons = stmt.conditions.flatMap((c, i) =>
    match.conditions[i] === 'no' ? [whyConditionMissesRoot(c, rootArn)] : [],
  );
  if (match.principal === 'no') reasons.push('its Principal element does not include the root user');
  if (reasons.length === 0) reasons.push("it does not match the root user's requests");
  return reasons;
}

interface Verdict {
  readonly index: number;
  readonly scoped: boolean;
  /** The root user is denied only under conditions the request does not settle. */
  readonly conditional: boolean;
  readonly partitions: readonly string[];
  readonly anyPartition: boolean;
  readonly exemptsAssumedRoot: boolean;
  readonly problems: readonly string[];
  /** Partition to re-evaluate the statement in when combining. */
  readonly partition: string;
}

function analyse(stmt: Statement, index: number, probeActions: readonly string[]): Verdict {
  const at = label(stmt, index);
  const none = (problems: string[]): Verdict => ({
    index,
    scoped: false,
    conditional: false,
    partitions: [],
    anyPartition: false,
    exemptsAssumedRoot: false,
    problems: problems.map((p) => `${p} (${at})`),
    partition: 'aws',
  });
  const mentions = mentionsRoot(stmt);
  // Explain against an action the statement covers, so the conditions are what is diagnosed.
  const whyNotRoot = (): string[] => {
    const request = (a: string): Request => rootRequest(a, 'aws', PROBE_ACCOUNT);
    const action = probeActions.find((a) => explainStatement(stmt, request(a)).action === 'yes') ?? '*';
    return diagnose(stmt, explainStatement(stmt, request(action)), probe('root', PROBE_ACCOUNT).arn);
  };

  if (stmt.effect === 'Allow') {
    return none(
      mentions ? ['Effect is "Allow": an Allow statement grants, it cannot deny the root user'] : [],
    );
  }

  // Which partitions' root users (of member account A) does the statement deny, for some action?
  const hits = (partition: string, account: string): Map<string, Tri> =>
    new Map(probeActions.map((a) => [a, matchStatement(stmt, rootRequest(a, partition, account))]));
  const covered = new Map<string, Map<string, Tri>>();
  for (const partition of [...PARTITIONS, ANY_PARTITION_PROBE]) {
    const results = hits(partition, PROBE_ACCOUNT);
    if ([...results.values()].some((r) => r !== 'no')) covered.set(partition, results);
  }
  const partition = covered.has('aws') ? 'aws' : [...covered.keys()][0];
  const results = partition === undefined ? undefined : covered.get(partition);
  if (partition === undefined || results === undefined) return none(mentions ? whyNotRoot() : []);

  const denied = probeActions.filter((a) => results.get(a) !== 'no');

  // The root user of every member account, not one named account.
  if (![...hits(partition, OTHER_ACCOUNT).values()].some((r) => r !== 'no')) {
    return none(
      mentions
        ? [`it denies the root user of account ${PROBE_ACCOUNT} only, not of every member account`]
        : [],
    );
  }

  // Control principals of the same account must be definitely not denied wherever root is.
  const controls = (['role', 'user'] as const).map((kind) => {
    const answers = denied.map((a) => explainStatement(stmt, controlRequest(kind, a, partition)));
    return { arn: probe(kind, PROBE_ACCOUNT, { partition }).arn, answers };
  });
  const deniedControls = controls.filter((c) => c.answers.some((m) => m.result === 'yes'));
  // Denying everyone but the aws-partition root user (ArnNotLike arn:aws:iam::*:root) is an
  // inverted root deny: explain it by what it does to that root user.
  if (deniedControls.length > 0 && mentions && !covered.has('aws')) return none(whyNotRoot());
  // A deny-all that never names the root user (a quarantine SCP for a suspended OU) is not a
  // failed attempt at a root deny: saying so would be a false alarm on an ordinary guardrail.
  if (deniedControls.length === controls.length) {
    return none(mentions ? ['denies every principal, not specifically the root user'] : []);
  }
  if (deniedControls.length > 0) {
    const others = deniedControls.map((c) => c.arn).join(', ');
    return none(mentions ? [`it also denies ${others}, so it is not specific to the root user`] : []);
  }
  const undecided = controls.flatMap((c) => c.answers.filter((m) => m.result === 'depends'));
  if (undecided.length > 0) {
    const keys = unique(undecided.flatMap((m) => m.dependsOn));
    return none(mentions ? [`whether it also denies other principals depends on ${keys.join(', ')}`] : []);
  }

  const problems: string[] = [];
  const witness = denied.find((a) => results.get(a) === 'yes') ?? denied[0] ?? '*';
  const conditional = !denied.some((a) => results.get(a) === 'yes');
  if (conditional) {
    const match = explainStatement(stmt, rootRequest(witness, partition, PROBE_ACCOUNT));
    problems.push(`it denies the root user only ${describeDependsOn(match.dependsOn)}, not unconditionally`);
  }
  const anyPartition = covered.size === PARTITIONS.length + 1;
  const assumed = explainStatement(stmt, rootRequest(witness, partition, PROBE_ACCOUNT, true)).result;
  return {
    index,
    scoped: true,
    conditional,
    partitions: anyPartition ? ['*'] : PARTITIONS.filter((p) => covered.has(p)),
    anyPartition,
    exemptsAssumedRoot: assumed === 'no',
    problems: problems.map((p) => `${p} (${at})`),
    partition,
  };
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Accounts a condition names (`StringNotLike aws:PrincipalArn arn:aws:iam::222222222222:root`,
 * `StringNotEquals aws:PrincipalAccount`) whose root user no root-deny statement denies: the
 * generic probe accounts are denied, these are carved out.
 */
function exemptAccounts(
  statements: readonly Statement[],
  scoped: readonly { readonly index: number; readonly partition: string }[],
  probeActions: readonly string[],
): { account: string; statements: number[] }[] {
  const named = new Map<string, number[]>();
  for (const v of scoped) {
    for (const condition of statements[v.index]?.conditions ?? []) {
      for (const value of condition.values) {
        for (const account of value.match(/(?<!\d)\d{12}(?!\d)/g) ?? []) {
          const at = named.get(account) ?? [];
          if (!at.includes(v.index)) at.push(v.index);
          named.set(account, at);
        }
      }
    }
  }
  const exempt: { account: string; statements: number[] }[] = [];
  for (const [account, at] of named) {
    if (account === PROBE_ACCOUNT || account === OTHER_ACCOUNT) continue;
    const denied = scoped.some((v) => {
      const stmt = statements[v.index];
      return (
        stmt !== undefined &&
        probeActions.some((a) => matchStatement(stmt, rootRequest(a, v.partition, account)) !== 'no')
      );
    });
    if (!denied) exempt.push({ account, statements: at });
  }
  return exempt.sort((a, b) => a.account.localeCompare(b.account));
}

/** What a policy denies the root user of any member account. */
export function deniesRootUser(doc: PolicyDocument): RootDenyResult {
  const statements = doc.statements;
  // Probe with the policy's own action names too, so a deny of `kms:Delete*` or a NotAction
  // carve-out is exercised even if no fixed probe touches it.
  const own = statements.flatMap((s) => [...(s.actions ?? []), ...(s.notActions ?? [])]);
  const probeActions = unique([...PROBE_ACTIONS, ...own]);
  const verdicts = statements.map((s, i) => analyse(s, i, probeActions));
  const scoped = verdicts.filter((v) => v.scoped);
  const problems = unique(verdicts.flatMap((v) => v.problems));

  if (scoped.length === 0) {
    return { kind: 'none', statements: [], partitions: [], exemptsAssumedRoot: false, problems };
  }

  // An action is denied to root when some unconditional root-deny statement denies it outright.
  const firm = scoped.filter((v) => !v.conditional);
  const deniedToRoot = (action: string): boolean =>
    firm.some((v) => {
      const stmt = statements[v.index];
      return (
        stmt !== undefined && matchStatement(stmt, rootRequest(action, v.partition, PROBE_ACCOUNT)) === 'yes'
      );
    });
  const full = probeActions.every(deniedToRoot);

  const scopedStatements = scoped.flatMap((v) =>
    statements[v.index] ? [statements[v.index] as Statement] : [],
  );
  const carveOuts = unique(scopedStatements.flatMap((s) => s.notActions ?? []));
  const actionLists = unique(scopedStatements.flatMap((s) => s.actions ?? []));
  const partitions = scoped.some((v) => v.anyPartition)
    ? ['*']
    : PARTITIONS.filter((p) => scoped.some((v) => v.partitions.includes(p)));
  const exempt = exemptAccounts(statements, scoped, probeActions);

  return {
    kind: full ? 'full' : 'partial',
    statements: scoped.map((v) => v.index),
    ...(!full && carveOuts.length > 0 ? { allowedActions: carveOuts.filter((a) => !deniedToRoot(a)) } : {}),
    ...(!full && actionLists.length > 0 ? { deniedActions: actionLists } : {}),
    partitions,
    exemptsAssumedRoot: scoped.every((v) => v.exemptsAssumedRoot),
    ...(exempt.length > 0 ? { exemptAccounts: exempt } : {}),
    problems,
  };
}
