import { ROOT_KEY, ancestors, describeNode, type OrgModel, type OrgNode } from './org.js';

export interface Coverage {
  /** Attached to the root: every member account is covered. */
  readonly wholeOrganization: boolean;
  /** Containers holding member accounts that no attachment covers (nearest uncovered container first). */
  readonly uncovered: readonly { readonly key: string; readonly node?: OrgNode; readonly label: string }[];
  /** Why coverage could not be decided for some part of the organization. */
  readonly undecided: readonly string[];
}

/**
 * Which member accounts a set of attachment targets covers. SCPs apply to everything beneath the
 * node they are attached to, so an account is covered when it or one of its ancestors is a target.
 */
export function coverage(
  org: OrgModel,
  targets: ReadonlySet<string>,
  unknownTargets: readonly string[],
): Coverage {
  if (targets.has(ROOT_KEY)) return { wholeOrganization: true, uncovered: [], undecided: [] };
  const undecided: string[] = [...unknownTargets];
  const uncovered = new Map<string, { key: string; node?: OrgNode; label: string }>();
  const nodes = [...org.nodes.values()];
  const accounts = nodes.filter((n) => n.kind === 'account');

  const isCovered = (key: string): { covered: boolean; broken?: string } => {
    if (targets.has(key)) return { covered: true };
    const chain = ancestors(org, key);
    if (chain.keys.some((k) => targets.has(k))) return { covered: true };
    return chain.brokenAt !== undefined ? { covered: false, broken: chain.brokenAt } : { covered: false };
  };
  const addUncovered = (key: string): void => {
    const node = org.nodes.get(key);
    uncovered.set(key, { key, ...(node ? { node } : {}), label: describeNode(node, key) });
  };

  if (accounts.length > 0) {
    for (const account of accounts) {
      const state = isCovered(account.key);
      if (state.covered) continue;
      if (state.broken !== undefined) {
        undecided.push(`the parent of ${describeNode(account, account.key)} is not known: ${state.broken}`);
        continue;
      }
      // Name the container the account sits in, so the fix ("attach to this OU") is obvious.
      const parent = typeof account.parent === 'string' ? account.parent : undefined;
      addUncovered(parent !== undefined && parent !== ROOT_KEY ? parent : account.key);
    }
  } else {
    // Accounts live in another stack: every OU may hold some, and so may the root.
    for (const ou of nodes.filter((n) => n.kind === 'ou')) {
      const state = isCovered(ou.key);
      if (state.covered) continue;
      if (state.broken !== undefined)
        undecided.push(`the parent of ${describeNode(ou, ou.key)} is not known: ${state.broken}`);
      else addUncovered(ou.key);
    }
    if (uncovered.size === 0 && targets.size > 0) {
      undecided.push(
        'the scanned sources declare no member accounts, so accounts placed directly under the root may not be covered; attach the SCP to the root to cover every account',
      );
    }
  }
  return { wholeOrganization: false, uncovered: [...uncovered.values()], undecided };
}
