import type { ScanError } from '../../model/finding.js';
import { ROOT_KEY, type OrgModel, type OrgNode } from '../../model/org.js';
import { ApiSession } from './api.js';
import { createClients, destroyClients, type ClientSettings, type LiveClients } from './clients.js';
import type { ReadContext } from './context.js';
import { createLimiter } from './limiter.js';
import {
  auditMembers,
  defaultMemberIam,
  type MemberIamFactory,
  type MemberRootFacts,
} from './member-audit.js';
import { LIVE_FILE, Notes } from './notes.js';
import { readIamFeatures, readManagementAccount } from './read-iam.js';
import { accountFromRootArn, readOrganization, readRoot, readServiceAccess } from './read-organization.js';
import { readPolicies, type PolicyTargets } from './read-policies.js';
import { readTree } from './read-tree.js';

export { applyPlanToOrg } from './apply-plan.js';
export type { MemberRootFacts } from './member-audit.js';
export type { PolicyTargets } from './read-policies.js';

export const DEFAULT_CONCURRENCY = 8;

export interface LiveOptions extends ClientSettings {
  /** Requests in flight at once, across all services (default 8). */
  readonly concurrency?: number;
  /** Whose SCP targets to read (default `root-relevant`; see PolicyTargets). */
  readonly policyTargets?: PolicyTargets;
  /** Read every member account's root user through sts:AssumeRoot (off by default: calls grow with accounts). */
  readonly auditMemberRootCredentials?: boolean;
  /** Clients to use instead of new ones (they are then not destroyed). */
  readonly clients?: LiveClients;
  /** IAM client for a member root session; by default a new IAMClient with the session's credentials. */
  readonly memberIam?: MemberIamFactory;
}

export interface LiveAccount {
  /** Absent only when neither DescribeOrganization nor ListRoots could be read. */
  readonly managementAccountId?: string;
  readonly accessKeysPresent?: boolean;
  readonly mfaEnabled?: boolean;
}

export interface LiveLoad {
  readonly org: OrgModel;
  readonly account: LiveAccount;
  readonly unverified: { ruleId: string; reason: string }[];
  readonly errors: ScanError[];
  /** Logical API calls by operation (retries not included). */
  readonly calls: Record<string, number>;
  /** Requests the SDK retried (throttling, transient errors). */
  readonly retries: number;
  /** SCP ids whose targets were not read because they cannot affect a root check. */
  readonly targetsSkipped: readonly string[];
  /** Only with auditMemberRootCredentials. */
  readonly members?: readonly MemberRootFacts[];
}

/**
 * Reads the live AWS Organization into the same OrgModel the Terraform loaders build, so the
 * organization rules judge it unchanged. Every failure is a result: denied calls make the checks
 * that needed them unverified, naming the permission; only missing credentials and "not in an
 * organization" end the load, as one error.
 */
export async function loadLiveOrganization(options: LiveOptions = {}): Promise<LiveLoad> {
  const clients = options.clients ?? createClients(options);
  const session = new ApiSession(createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY));
  const notes = new Notes();
  const ctx: ReadContext = { session, clients, notes };
  try {
    return await load(ctx, options);
  } catch (error) {
    // Readers catch their own failures; this is a bug or a fatal failure surfacing: still a result.
    const message =
      session.fatalError()?.message ??
      `live check failed: ${error instanceof Error ? error.message : String(error)}`;
    return fatalResult(session, message);
  } finally {
    if (options.clients === undefined) destroyClients(clients);
  }
}

async function load(ctx: ReadContext, options: LiveOptions): Promise<LiveLoad> {
  const { session, notes } = ctx;
  // First and alone: missing credentials or "not in an organization" stop here, before any fan-out.
  const organization = await readOrganization(ctx);
  let stop = stopped(session);
  if (stop) return stop;

  const rootPromise = readRoot(ctx);
  const treePromise = rootPromise.then((r) => (r.root?.Id !== undefined ? readTree(ctx, r.root.Id) : []));
  const managementPromise = rootPromise.then(
    (r) => organization.managementAccountId ?? accountFromRootArn(r.root?.Arn),
  );
  const [root, tree, servicePrincipals, policies, enabledFeatures, managementAccountId, account] =
    await Promise.all([
      rootPromise,
      treePromise,
      readServiceAccess(ctx),
      readPolicies(ctx, options.policyTargets ?? 'root-relevant'),
      readIamFeatures(ctx),
      managementPromise,
      managementPromise.then((id) => readManagementAccount(ctx, id)),
    ]);
  stop = stopped(session);
  if (stop) return stop;

  // SCPs never apply to the management account, so it is not a node coverage should ask about.
  const nodes = new Map<string, OrgNode>();
  nodes.set(ROOT_KEY, { key: ROOT_KEY, kind: 'root', name: root.root?.Name ?? 'Root', origin: 'live' });
  for (const node of tree) if (node.key !== managementAccountId) nodes.set(node.key, node);

  let members: MemberRootFacts[] | undefined;
  if (options.auditMemberRootCredentials) {
    const accounts = tree.filter((n) => n.kind === 'account' && n.key !== managementAccountId);
    members = await auditMembers(
      ctx,
      accounts.map((n) => ({ id: n.key, ...(n.name !== undefined ? { name: n.name } : {}) })),
      options.memberIam ?? defaultMemberIam(options),
    );
    stop = stopped(session);
    if (stop) return stop;
  }

  const sorted = notes.sorted();
  const org: OrgModel = {
    managed: true,
    organization: {
      origin: 'live',
      featureSet: organization.featureSet,
      servicePrincipals,
      enabledPolicyTypes: root.enabledPolicyTypes,
      lines: {},
    },
    nodes,
    policies: new Map(policies.policies.map((p) => [p.key, p])),
    attachments: policies.attachments,
    iamFeatures: { origin: 'live', enabledFeatures },
    blindSpots: sorted.blindSpots,
  };
  return {
    org,
    account: { ...(managementAccountId !== undefined ? { managementAccountId } : {}), ...account },
    unverified: sorted.unverified,
    errors: sorted.errors,
    calls: sortedCalls(session.calls),
    retries: session.retries,
    targetsSkipped: policies.targetsSkipped,
    ...(members ? { members } : {}),
  };
}

/** The fatal result once credentials or the organization turned out missing; re-read after every await. */
function stopped(session: ApiSession): LiveLoad | undefined {
  const fatal = session.fatalError();
  return fatal ? fatalResult(session, fatal.message) : undefined;
}

/** Nothing could be read: an unmanaged model keeps organization rules silent, and the error says why. */
function fatalResult(session: ApiSession, message: string): LiveLoad {
  return {
    org: { managed: false, nodes: new Map(), policies: new Map(), attachments: [], blindSpots: [] },
    account: {},
    unverified: [],
    errors: [{ file: LIVE_FILE, message }],
    calls: sortedCalls(session.calls),
    retries: session.retries,
    targetsSkipped: [],
  };
}

function sortedCalls(calls: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(calls).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
