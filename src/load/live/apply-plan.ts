import { ORGANIZATION_TYPES, buildOrgModel } from '../org-builder.js';
import { ROOT_KEY, type OrgAttachment, type OrgModel } from '../../model/org.js';
import type { ChangeAction, Resource } from '../../model/resource.js';
import type { ValueObject } from '../../model/value.js';

const REMOVING: ReadonlySet<ChangeAction | undefined> = new Set(['delete', 'replace']);
const CHANGING: ReadonlySet<ChangeAction | undefined> = new Set(['create', 'update', 'replace']);

/**
 * The organization as it will be once the plan is applied: the live organization, minus what the
 * plan deletes or replaces (matched by real id, the resource's `before.id`), plus what it creates,
 * updates or replaces (built from the plan's after values by buildOrgModel, like any Terraform
 * source). Elements the plan leaves alone keep their live form: the live organization is the truth
 * about them, whatever the state file says.
 *
 * `planAfterResources` hold the planned values (`values` = after); `planBeforeResources`, when the
 * plan loader gives them, hold the prior values. Deletions are looked for in both.
 */
export function applyPlanToOrg(
  live: OrgModel,
  planAfterResources: readonly Resource[],
  planBeforeResources: readonly Resource[] = [],
): OrgModel {
  const orgResources = (list: readonly Resource[]): Resource[] =>
    list.filter((r) => r.mode === 'managed' && ORGANIZATION_TYPES.has(r.type));
  const removals = uniqueByAddress([
    ...orgResources(planAfterResources),
    ...orgResources(planBeforeResources),
  ]).filter((r) => REMOVING.has(r.action));

  const nodes = new Map(live.nodes);
  const policies = new Map(live.policies);
  let attachments: OrgAttachment[] = [...live.attachments];
  let organization = live.organization;
  let iamFeatures = live.iamFeatures;

  for (const r of removals) {
    const before = r.before ?? r.values;
    const id = stringOf(r.before?.id) ?? stringOf(r.values.id);
    switch (r.type) {
      // A Control Tower control is its SCP and its attachment at once, keyed by its own id. The
      // live organization shows its artifact as an SCP of Control Tower's own, which no plan names.
      case 'aws_organizations_policy':
      case 'aws_controltower_control':
        if (id !== undefined) {
          policies.delete(id);
          attachments = attachments.filter((a) => !('key' in a.policy && a.policy.key === id));
        }
        break;
      case 'aws_organizations_organizational_unit':
      case 'aws_organizations_account':
        if (id !== undefined) {
          nodes.delete(id);
          attachments = attachments.filter((a) => !('key' in a.target && a.target.key === id));
        }
        break;
      case 'aws_organizations_policy_attachment': {
        const pair = attachmentPair(before);
        if (pair) {
          attachments = attachments.filter(
            (a) =>
              !(
                'key' in a.policy &&
                'key' in a.target &&
                a.policy.key === pair.policy &&
                a.target.key === pair.target
              ),
          );
        }
        break;
      }
      case 'aws_organizations_organization':
        if (r.action === 'delete') {
          // Deleting the organization takes everything in it.
          nodes.clear();
          policies.clear();
          attachments = [];
          organization = undefined;
        }
        break;
      case 'aws_iam_organizations_features':
        if (r.action === 'delete') iamFeatures = undefined;
        break;
    }
  }

  // Built over every planned resource (deleted ones aside) so that references to unchanged
  // resources resolve to their real ids; only the changed resources' elements are taken.
  const planned = buildOrgModel(
    planAfterResources.filter((r) => r.action !== 'delete' && r.action !== 'forget'),
  );
  const changed = new Set(planAfterResources.filter((r) => CHANGING.has(r.action)).map((r) => r.address));
  const isChanged = (e: { readonly resource?: string }): boolean =>
    e.resource !== undefined && changed.has(e.resource);

  for (const node of planned.nodes.values()) {
    if (node.key === ROOT_KEY) {
      if (!nodes.has(ROOT_KEY)) nodes.set(ROOT_KEY, node);
    } else if (isChanged(node)) {
      nodes.set(node.key, node);
    }
  }
  for (const policy of planned.policies.values()) if (isChanged(policy)) policies.set(policy.key, policy);
  for (const attachment of planned.attachments) {
    if (!isChanged(attachment)) continue;
    const same = (a: OrgAttachment): boolean =>
      'key' in a.policy && 'key' in a.target && 'key' in attachment.policy && 'key' in attachment.target
        ? a.policy.key === attachment.policy.key && a.target.key === attachment.target.key
        : false;
    attachments = [...attachments.filter((a) => !same(a)), attachment];
  }
  if (planned.organization && isChanged(planned.organization)) organization = planned.organization;
  if (planned.iamFeatures && isChanged(planned.iamFeatures)) iamFeatures = planned.iamFeatures;

  return {
    managed: true,
    ...(organization ? { organization } : {}),
    nodes,
    policies,
    attachments,
    ...(iamFeatures ? { iamFeatures } : {}),
    blindSpots: [...live.blindSpots, ...planned.blindSpots],
  };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The policy and target keys an attachment resource held; a root id (`r-…`) is the root. */
function attachmentPair(values: ValueObject): { policy: string; target: string } | undefined {
  const policy = stringOf(values.policy_id);
  const target = stringOf(values.target_id);
  if (policy === undefined || target === undefined) return undefined;
  return { policy, target: /^r-[0-9a-z]{4,32}$/.test(target) ? ROOT_KEY : target };
}

function uniqueByAddress(resources: readonly Resource[]): Resource[] {
  return [...new Map(resources.map((r) => [r.address, r])).values()];
}
