/**
 * Does a bucket or queue policy deny every principal the actions that would repair it?
 *
 * Such a policy locks the owner out: nobody but the owning account's root user (through
 * sts:AssumeRoot with the S3UnlockBucketPolicy / SQSUnlockQueuePolicy task policy) can fix it.
 *
 * Evaluated, not pattern-matched: the policy is asked about the owner account's principals and
 * about every principal its own exceptions name (an `ArnNotEquals aws:PrincipalArn` exception
 * becomes a probe for that role). Keys such as aws:SecureTransport, aws:PrincipalOrgID or
 * aws:SourceVpce stay unknown, so a deny conditioned on them `depends` and is not a lockout.
 */
import { explainStatement, deniesExplicitly, describeDependsOn } from './match.js';
import { concretize } from './pattern.js';
import { PROBE_ACCOUNT, probe, probeFromArn, type ProbePrincipal } from './probes.js';
import type { PolicyDocument, Request, Statement } from './types.js';

export type LockoutService = 's3' | 'sqs';

export interface LockoutOptions {
  /** Which kind of policy this is; inferred from the policy's actions and ARNs when absent. */
  readonly service?: LockoutService;
  /** The owning account; inferred from a queue ARN, else a probe account. */
  readonly accountId?: string;
  /** The bucket or queue ARN; inferred from the policy's Resource entries when absent. */
  readonly resourceArn?: string;
}

export interface LockoutResult {
  readonly lockout: boolean;
  /** `all`: every action; `management`: every action that could repair the policy; `some`: less. */
  readonly actions: 'all' | 'management' | 'some';
  /** The Deny statement responsible, when one is. */
  readonly statement?: number;
  readonly reason: string;
}

interface ServiceModel {
  /** The actions that change the policy: denying all of them leaves no way to repair it. */
  readonly repair: readonly string[];
  /** Probes for "every action", including one the service does not have. */
  readonly all: readonly string[];
  /** Actions whose resource is an object inside the bucket rather than the bucket. */
  readonly objectActions: readonly string[];
  readonly unlockTask: string;
}

const SERVICES: Record<LockoutService, ServiceModel> = {
  s3: {
    repair: ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy'],
    all: [
      's3:GetBucketPolicy',
      's3:PutBucketPolicy',
      's3:DeleteBucketPolicy',
      's3:ListBucket',
      's3:DeleteBucket',
      's3:GetObject',
      's3:PutObject',
      's3:RootGuardProbeUnlistedAction',
    ],
    objectActions: ['s3:GetObject', 's3:PutObject'],
    unlockTask: 'S3UnlockBucketPolicy',
  },
  sqs: {
    repair: ['sqs:SetQueueAttributes'],
    all: [
      'sqs:SetQueueAttributes',
      'sqs:GetQueueAttributes',
      'sqs:AddPermission',
      'sqs:RemovePermission',
      'sqs:SendMessage',
      'sqs:ReceiveMessage',
      'sqs:DeleteQueue',
      'sqs:RootGuardProbeUnlistedAction',
    ],
    objectActions: [],
    unlockTask: 'SQSUnlockQueuePolicy',
  },
};

function allResources(doc: PolicyDocument): string[] {
  return doc.statements.flatMap((s) => [...(s.resources ?? []), ...(s.notResources ?? [])]);
}

function inferServices(doc: PolicyDocument): LockoutService[] {
  const text = [
    ...allResources(doc),
    ...doc.statements.flatMap((s) => [...(s.actions ?? []), ...(s.notActions ?? [])]),
  ];
  const found = (['s3', 'sqs'] as const).filter((svc) =>
    text.some(
      (t) => t.toLowerCase().startsWith(`${svc}:`) || (t.startsWith(`arn:`) && t.split(':')[2] === svc),
    ),
  );
  return found.length > 0 ? found : ['s3', 'sqs'];
}

function inferResource(doc: PolicyDocument, service: LockoutService): string | undefined {
  for (const r of allResources(doc)) {
    const parts = r.split(':');
    if (parts[0] !== 'arn' || parts[2] !== service) continue;
    if (service === 's3') {
      const bucket = (parts.slice(5).join(':').split('/')[0] ?? '').trim();
      if (bucket) return `arn:${parts[1]}:s3:::${concretize(bucket)}`;
    } else if (parts.length >= 6) {
      return concretize(r);
    }
  }
  return undefined;
}

/** The owner's principals plus every principal the policy names in an exception or Principal. */
function probePrincipals(doc: PolicyDocument, owner: string): ProbePrincipal[] {
  const probes = [probe('root', owner), probe('role', owner), probe('user', owner)];
  const named = new Set<string>();
  for (const s of doc.statements) {
    for (const c of s.conditions) {
      if (c.key === 'aws:principalarn') c.values.forEach((v) => named.add(concretize(v)));
      if (c.key === 'aws:principalaccount') {
        c.values.filter((v) => /^\d{12}$/.test(v)).forEach((v) => named.add(probe('role', v).arn));
      }
    }
    for (const set of [s.principals, s.notPrincipals]) {
      if (set && set !== '*') (set.aws ?? []).forEach((v) => named.add(v));
    }
  }
  for (const arn of named) {
    const p = probeFromArn(arn);
    if (p && !probes.some((q) => q.arn === p.arn)) probes.push(p);
  }
  return probes;
}

function request(
  p: ProbePrincipal,
  action: string,
  resource: string | undefined,
  model: ServiceModel,
): Request {
  const target =
    resource && model.objectActions.includes(action) ? `${resource}/rootguard-probe-object` : resource;
  return {
    principal: p.arn,
    principalAccount: p.account,
    action,
    ...(target ? { resource: target } : {}),
    context: p.context,
  };
}

function analyse(doc: PolicyDocument, service: LockoutService, options: LockoutOptions): LockoutResult {
  const model = SERVICES[service];
  // Only an explicit Deny locks anyone out; most bucket and queue policies have none.
  if (!doc.statements.some((s) => s.effect === 'Deny')) return noDenyCovers(model);
  const resource = options.resourceArn ?? inferResource(doc, service);
  const owner =
    options.accountId ?? (service === 'sqs' ? resource?.split(':')[4] : undefined) ?? PROBE_ACCOUNT;
  const everyone = probePrincipals(doc, /^\d{12}$/.test(owner) ? owner : PROBE_ACCOUNT);
  // A root user left out of the Deny is no way out: "only the root user can repair it" is the
  // lockout itself (a NotPrincipal naming only arn:aws:iam::<id>:root spares just that).
  const probes = everyone.filter((p) => p.kind !== 'root');
  const deniedToAll = (action: string): boolean =>
    probes.every((p) => deniesExplicitly(doc, request(p, action, resource, model)));

  const all = model.all.every(deniedToAll);
  const management = all || model.repair.every(deniedToAll);
  const actions = all ? 'all' : management ? 'management' : 'some';
  const repair = model.repair[0] ?? '*';

  if (management) {
    const statement = doc.statements.findIndex(
      (s) =>
        s.effect === 'Deny' &&
        probes.every((p) => explainStatement(s, request(p, repair, resource, model)).result === 'yes'),
    );
    const what = all ? `every ${service} action` : model.repair.join(' and ');
    const at = statement >= 0 ? `Statement[${statement}]` : 'The policy';
    const rootSpared = everyone.some(
      (p) => p.kind === 'root' && !deniesExplicitly(doc, request(p, repair, resource, model)),
    );
    return {
      lockout: true,
      actions,
      ...(statement >= 0 ? { statement } : {}),
      reason: `${at} denies ${what} to every principal${rootSpared ? ' but the root user' : ''} with no condition that can fail: only the owning account's root user (sts:AssumeRoot with ${model.unlockTask}) can repair the policy`,
    };
  }

  // Not a lockout: say why the nearest candidate (a Deny covering a repair action) falls short;
  // `actions` then says how far that statement would reach if its conditions held.
  const ownerRole = probes[1] ?? probes[0];
  const reach = (s: Statement): LockoutResult['actions'] => {
    const covers = (action: string): boolean =>
      ownerRole !== undefined &&
      explainStatement(s, request(ownerRole, action, resource, model)).action === 'yes';
    return model.all.every(covers) ? 'all' : model.repair.every(covers) ? 'management' : 'some';
  };
  for (const [index, s] of doc.statements.entries()) {
    if (s.effect !== 'Deny') continue;
    const answers = probes.map((p) => ({ p, m: explainStatement(s, request(p, repair, resource, model)) }));
    if (answers.every((a) => a.m.action === 'no')) continue;
    const actions = reach(s);
    const exempt = answers.find((a) => a.m.result === 'no');
    if (exempt) {
      const c = s.conditions.find((_, i) => exempt.m.conditions[i] === 'no');
      const why = c
        ? `its ${c.rawOperator} condition on ${c.rawKey}`
        : exempt.m.principal === 'no'
          ? 'its Principal element'
          : 'its Resource';
      return {
        lockout: false,
        actions,
        statement: index,
        reason: `Statement[${index}] does not deny ${exempt.p.arn} (${why}), so not every principal is locked out`,
      };
    }
    const pending = answers.find((a) => a.m.result === 'depends');
    if (pending) {
      return {
        lockout: false,
        actions,
        statement: index,
        reason: `Statement[${index}] denies ${repair} only ${describeDependsOn(pending.m.dependsOn)}, so it is not a lockout`,
      };
    }
  }
  return { ...noDenyCovers(model), actions };
}

function noDenyCovers(model: ServiceModel): LockoutResult {
  return {
    lockout: false,
    actions: 'some',
    reason: `No Deny statement covers ${model.repair.join(' and ')} for every principal`,
  };
}

/** Whether a resource policy (S3 bucket or SQS queue) denies every principal. */
export function deniesAllPrincipals(
  resourcePolicy: PolicyDocument,
  opts: LockoutOptions = {},
): LockoutResult {
  const services = opts.service ? [opts.service] : inferServices(resourcePolicy);
  const results = services.map((svc) => analyse(resourcePolicy, svc, opts));
  return (
    results.find((r) => r.lockout) ??
    results[0] ?? { lockout: false, actions: 'some', reason: 'No service to check' }
  );
}
