import {
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
} from '@aws-sdk/client-organizations';
import { ROOT_KEY, type OrgNode } from '../../model/org.js';
import { collectPages } from './api.js';
import { PAGE_SIZE, RULES, type ReadContext } from './context.js';
import { failureText } from './notes.js';

export interface TreeNode {
  readonly key: string;
  readonly kind: 'ou' | 'account';
  readonly name?: string;
  readonly parent: string;
}

/**
 * The OU tree and its accounts, one ListOrganizationalUnitsForParent and one ListAccountsForParent
 * per container (and one more per further page of 20): the calls grow with OUs and pages, never with
 * one call per account. Sibling containers are read concurrently, bounded by the session's limiter.
 */
export async function readTree(ctx: ReadContext, rootId: string): Promise<OrgNode[]> {
  /** Children of each container in API order, so the model's order does not depend on timing. */
  const children = new Map<string, TreeNode[]>();

  const walk = async (parentId: string, parentKey: string, label: string): Promise<void> => {
    const [ous, accounts] = await Promise.allSettled([
      collectPages((token) =>
        ctx.session
          .call(
            'organizations',
            'ListOrganizationalUnitsForParent',
            () =>
              ctx.clients.organizations.send(
                new ListOrganizationalUnitsForParentCommand({
                  ParentId: parentId,
                  MaxResults: PAGE_SIZE,
                  ...(token ? { NextToken: token } : {}),
                }),
              ),
            token !== undefined,
          )
          .then((out) => ({ items: out.OrganizationalUnits, next: out.NextToken })),
      ),
      collectPages((token) =>
        ctx.session
          .call(
            'organizations',
            'ListAccountsForParent',
            () =>
              ctx.clients.organizations.send(
                new ListAccountsForParentCommand({
                  ParentId: parentId,
                  MaxResults: PAGE_SIZE,
                  ...(token ? { NextToken: token } : {}),
                }),
              ),
            token !== undefined,
          )
          .then((out) => ({ items: out.Accounts, next: out.NextToken })),
      ),
    ]);
    const mine: TreeNode[] = [];
    if (accounts.status === 'fulfilled') {
      for (const a of accounts.value) {
        if (a.Id !== undefined)
          mine.push({
            key: a.Id,
            kind: 'account',
            ...(a.Name !== undefined ? { name: a.Name } : {}),
            parent: parentKey,
          });
      }
    } else {
      unseen(ctx, accounts.reason, label, 'the accounts directly in it');
    }
    const childOus = ous.status === 'fulfilled' ? ous.value.filter((o) => o.Id !== undefined) : [];
    if (ous.status === 'rejected')
      unseen(ctx, ous.reason, label, 'the OUs under it, and every account in them,');
    for (const o of childOus) {
      mine.push({
        key: o.Id as string,
        kind: 'ou',
        ...(o.Name !== undefined ? { name: o.Name } : {}),
        parent: parentKey,
      });
    }
    children.set(parentKey, mine);
    await Promise.all(
      childOus.map((o) => walk(o.Id as string, o.Id as string, ouLabel(o.Name, o.Id as string))),
    );
  };

  await walk(rootId, ROOT_KEY, `the organization root (${rootId})`);
  return inTreeOrder(children);
}

function ouLabel(name: string | undefined, id: string): string {
  return name !== undefined ? `OU "${name}" (${id})` : `OU ${id}`;
}

function unseen(ctx: ReadContext, error: unknown, label: string, what: string): void {
  const reason = failureText(error, label);
  ctx.notes.failure(error, reason);
  const text = `${reason}: ${what} are not known, so whether the root-deny SCPs cover them is not verified`;
  ctx.notes.unverify([RULES.rootDenyMissing], text);
  ctx.notes.blindSpots.push({ reason: text });
}

/** Depth first from the root: each container's accounts, then its OUs and their subtrees. */
function inTreeOrder(children: ReadonlyMap<string, readonly TreeNode[]>): OrgNode[] {
  const out: OrgNode[] = [];
  const visit = (key: string): void => {
    const kids = children.get(key) ?? [];
    for (const kid of kids.filter((k) => k.kind === 'account')) out.push(toNode(kid));
    for (const kid of kids.filter((k) => k.kind === 'ou')) {
      out.push(toNode(kid));
      visit(kid.key);
    }
  };
  visit(ROOT_KEY);
  return out;
}

function toNode(t: TreeNode): OrgNode {
  return {
    key: t.key,
    kind: t.kind,
    ...(t.name !== undefined ? { name: t.name } : {}),
    parent: t.parent,
    origin: 'live',
  };
}
