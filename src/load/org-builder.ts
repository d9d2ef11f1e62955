import { addToList } from '../append-all.js';
import type { Resource } from '../model/resource.js';
import {
  ROOT_KEY,
  type IamOrganizationsFeatures,
  type LinkTarget,
  type OrgAttachment,
  type OrgModel,
  type OrgNode,
  type OrgPolicy,
  type OrganizationSettings,
  type PolicyContent,
  type RejectedAttachment,
} from '../model/org.js';
import { Unknown, isObject, referenceText, type Reference, type Value } from '../model/value.js';
import { settleUnknownNames } from '../model/policy.js';
import { attributeLocation } from '../model/resource.js';
import { controlTowerScp } from './control-tower.js';

/** Resource types that mean "these sources manage an organization". */
export const ORGANIZATION_TYPES = new Set([
  'aws_organizations_organization',
  'aws_organizations_organizational_unit',
  'aws_organizations_account',
  'aws_organizations_policy',
  'aws_organizations_policy_attachment',
  'aws_iam_organizations_features',
  'aws_controltower_control',
]);

const NODE_TYPES: Record<string, OrgNode['kind']> = {
  aws_organizations_organizational_unit: 'ou',
  aws_organizations_account: 'account',
};

/** Strips an instance key: `aws_x.y["a"]` -> `aws_x.y`. */
function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

/**
 * Builds the organization the resources declare. Ids that are only known after apply are linked
 * through the references in their expressions, so `aws_organizations_organization.org.roots[0].id`
 * still finds the root in a configuration that creates the organization.
 */
export function buildOrgModel(
  resources: readonly Resource[],
  extraBlindSpots: OrgModel['blindSpots'] = [],
): OrgModel {
  const managedResources = resources.filter((r) => r.mode === 'managed' && ORGANIZATION_TYPES.has(r.type));
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  /** Addresses of node/policy resources to the key they are known by (their real id when known). */
  const aliases = new Map<string, string>();

  const keyOf = (resource: Resource): string => {
    const id = resource.values.id;
    return typeof id === 'string' && id !== '' ? id : resource.address;
  };
  /** Expanded node/policy resources by their address without the key: a splat links the only instance. */
  const instancesOf = new Map<string, Resource[]>();
  for (const r of managedResources) {
    if (r.type in NODE_TYPES || r.type === 'aws_organizations_policy') {
      aliases.set(r.address, keyOf(r));
      if (r.index !== undefined) {
        const base = baseAddress(r.address);
        addToList(instancesOf, base, r);
      }
    }
    if (r.type === 'aws_organizations_organization') {
      const roots = r.values.roots;
      const rootId =
        Array.isArray(roots) && roots[0] && typeof roots[0] === 'object'
          ? (roots[0] as { id?: Value }).id
          : undefined;
      if (typeof rootId === 'string') aliases.set(rootId, ROOT_KEY);
    }
  }

  // `join("", aws_organizations_policy.this.*.id)` on a `count = 1` policy: the reference names
  // the resource, not an instance, and means its one instance. With several it stays unlinked.
  for (const [base, instances] of instancesOf) {
    if (instances.length === 1 && !byAddress.has(base)) aliases.set(base, keyOf(instances[0]!));
  }

  const link = (value: Value | undefined, what: string): LinkTarget =>
    linkValue(value, what, byAddress, aliases);

  let organization: OrganizationSettings | undefined;
  let iamFeatures: IamOrganizationsFeatures | undefined;
  const nodes = new Map<string, OrgNode>();
  const policies = new Map<string, OrgPolicy>();
  const attachments: OrgAttachment[] = [];
  const rejectedAttachments: RejectedAttachment[] = [];

  for (const r of managedResources) {
    const provenance = { resource: r.address, location: r.location, origin: r.origin };
    switch (r.type) {
      case 'aws_organizations_organization': {
        organization = {
          ...provenance,
          featureSet: r.values.feature_set ?? 'ALL',
          servicePrincipals: r.values.aws_service_access_principals ?? [],
          enabledPolicyTypes: r.values.enabled_policy_types ?? [],
          lines: {
            feature_set: attributeLocation(r, 'feature_set'),
            aws_service_access_principals: attributeLocation(r, 'aws_service_access_principals'),
            enabled_policy_types: attributeLocation(r, 'enabled_policy_types'),
          },
        };
        nodes.set(ROOT_KEY, { key: ROOT_KEY, kind: 'root', name: 'Root', ...provenance });
        break;
      }
      case 'aws_organizations_organizational_unit':
      case 'aws_organizations_account': {
        const kind = NODE_TYPES[r.type] ?? 'ou';
        const parentValue = r.values.parent_id;
        // An account without parent_id is created in the root, as the provider does.
        const parent =
          parentValue === undefined || parentValue === null
            ? { key: ROOT_KEY }
            : link(parentValue, 'parent_id');
        const name = typeof r.values.name === 'string' ? r.values.name : undefined;
        nodes.set(keyOf(r), {
          key: keyOf(r),
          kind,
          ...(name !== undefined ? { name } : {}),
          parent: 'key' in parent ? parent.key : { unknown: parent.unknown },
          ...provenance,
        });
        break;
      }
      case 'aws_organizations_policy': {
        const type = typeof r.values.type === 'string' ? r.values.type : 'SERVICE_CONTROL_POLICY';
        policies.set(keyOf(r), {
          key: keyOf(r),
          name: typeof r.values.name === 'string' ? r.values.name : r.name,
          type,
          content: policyContent(r.values.content),
          contentLocation: attributeLocation(r, 'content'),
          ...provenance,
        });
        break;
      }
      case 'aws_organizations_policy_attachment': {
        // An attachment that may not exist covers nothing for certain.
        const policy = maybeLink(r.uncertain, link(r.values.policy_id, 'policy_id'));
        const refused = organizationIdTarget(r.values.target_id);
        if (refused !== undefined) {
          rejectedAttachments.push({
            policy,
            reason: refused,
            ...provenance,
            location: attributeLocation(r, 'target_id'),
          });
          break;
        }
        attachments.push({ policy, target: link(r.values.target_id, 'target_id'), ...provenance });
        break;
      }
      case 'aws_controltower_control': {
        const scp = controlTowerScp(r);
        if (!scp) break;
        const key = keyOf(r);
        policies.set(key, {
          key,
          name: scp.control,
          type: 'SERVICE_CONTROL_POLICY',
          content: scp.content,
          contentLocation: attributeLocation(r, 'control_identifier'),
          controlTower: scp.control,
          ...provenance,
        });
        attachments.push({
          policy: maybeLink(r.uncertain, { key }),
          target: link(r.values.target_identifier, 'target_identifier'),
          ...provenance,
        });
        break;
      }
      case 'aws_iam_organizations_features':
        iamFeatures = {
          // Features that may not exist enable nothing for certain.
          enabledFeatures:
            r.uncertain !== undefined ? new Unknown(r.uncertain) : (r.values.enabled_features ?? []),
          enabledFeaturesLocation: attributeLocation(r, 'enabled_features'),
          ...provenance,
        };
        break;
    }
  }

  // A root id used by an attachment implies the root exists even when another stack declares it.
  for (const a of attachments) {
    if ('key' in a.target && a.target.key === ROOT_KEY && !nodes.has(ROOT_KEY)) {
      nodes.set(ROOT_KEY, { key: ROOT_KEY, kind: 'root', name: 'Root', origin: a.origin });
    }
  }

  return {
    managed: managedResources.length > 0,
    ...(organization ? { organization } : {}),
    nodes,
    policies,
    attachments,
    ...(rejectedAttachments.length > 0 ? { rejectedAttachments } : {}),
    ...(iamFeatures ? { iamFeatures } : {}),
    blindSpots: extraBlindSpots,
  };
}

function policyContent(content: Value | undefined): PolicyContent {
  const value = settleUnknownNames(content);
  if (typeof value === 'string') return { kind: 'known', text: value };
  // A document whose only unknowns were names (a Sid from a reference): known in all that matters.
  if (isObject(value)) return { kind: 'known', text: JSON.stringify(value) };
  if (value instanceof Unknown) {
    return value.partial !== undefined
      ? { kind: 'partial', document: value.partial, reason: value.reason }
      : { kind: 'unknown', reason: value.reason };
  }
  return { kind: 'unknown', reason: 'content is not set' };
}

/** An attachment's policy link, unknown when the attachment may not exist (keeping what it would attach). */
function maybeLink(uncertain: string | undefined, link: LinkTarget): OrgAttachment['policy'] {
  if (uncertain === undefined) return link;
  return 'key' in link ? { unknown: uncertain, candidate: link.key } : { unknown: uncertain };
}

/**
 * Why AWS refuses a policy target, when it is the organization's own id or ARN (`o-…`,
 * `aws_organizations_organization.org.id`) instead of its root's: AttachPolicy takes only a root,
 * OU or account id. Undefined for any other target.
 */
function organizationIdTarget(value: Value | undefined): string | undefined {
  const fix = (organization: string) =>
    `, which AWS does not accept as a policy target (only a root, OU or account id): the attachment attaches nothing. Use ${organization}.roots[0].id, the organization root's id (r-…)`;
  if (typeof value === 'string') {
    const own =
      /^o-[a-z0-9]{10,32}$/.test(value) ||
      /^arn:[\w-]+:organizations::\d{12}:organization\/o-[a-z0-9]+$/.test(value);
    return own
      ? `target_id "${value}" is the organization's own id${fix('aws_organizations_organization.<name>')}`
      : undefined;
  }
  if (!(value instanceof Unknown) || value.refs.length !== 1) return undefined;
  const [ref] = value.refs;
  // `org.id`, or `org[0].id` on an organization declared with count.
  const attribute = ref?.path.length === 1 ? ref.path[0] : ref?.path.length === 2 ? ref.path[1] : undefined;
  if (ref === undefined || (attribute !== 'id' && attribute !== 'arn')) return undefined;
  const local = /(?:^|\.)((?:data\.)?aws_organizations_organization\.[^.[]+)$/.exec(ref.address)?.[1];
  if (local === undefined) return undefined;
  const instance = ref.path.length === 2 ? `[${JSON.stringify(ref.path[0])}]` : '';
  return `target_id is ${referenceText(ref)}, the organization's own ${attribute} (o-…)${fix(local + instance)}`;
}

/** Turns an id expression into the key of the node or policy it names. */
function linkValue(
  value: Value | undefined,
  what: string,
  byAddress: ReadonlyMap<string, Resource>,
  aliases: ReadonlyMap<string, string>,
): LinkTarget {
  if (typeof value === 'string') {
    if (/^r-[0-9a-z]{4,32}$/.test(value)) return { key: ROOT_KEY };
    // Control Tower names its targets by ARN: arn:aws:organizations::<management>:ou/o-<org>/ou-<id>.
    const arn = /^arn:[\w-]+:organizations::\d{12}:(root|ou|account)\/o-[a-z0-9]+\/([\w-]+)$/.exec(value);
    if (arn) return arn[1] === 'root' ? { key: ROOT_KEY } : linkValue(arn[2], what, byAddress, aliases);
    const alias = aliases.get(value);
    if (alias !== undefined) return { key: alias };
    if (/^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\d{12}|p-[0-9a-zA-Z_]{8,128})$/.test(value))
      return { key: value };
    return { unknown: `${what} "${value}" is not an organization root, OU, account or policy id` };
  }
  if (value instanceof Unknown) {
    // A value built from several of them (`join("", aws_x.y[*].id)`, a conditional whose
    // condition is not known) names none of them for certain.
    const keys = new Set<string>();
    for (const ref of value.refs) {
      const key = linkReference(ref, byAddress, aliases);
      if (key !== undefined) keys.add(key);
    }
    const [only] = keys;
    if (keys.size === 1 && only !== undefined) return { key: only };
    const via = value.refs.length > 0 ? ` (${value.refs.map(referenceText).join(', ')})` : '';
    return { unknown: `${what} is not known statically${via}: ${value.reason}` };
  }
  return { unknown: `${what} is not set` };
}

function linkReference(
  ref: Reference,
  byAddress: ReadonlyMap<string, Resource>,
  aliases: ReadonlyMap<string, string>,
): string | undefined {
  const [first, second] = ref.path;
  // `aws_x.y[0].id` arrives as address `aws_x.y` with path [0, 'id']: find the instance.
  const instance =
    (typeof first === 'number' || (typeof first === 'string' && second === 'id')) &&
    byAddress.has(`${ref.address}[${JSON.stringify(first)}]`)
      ? `${ref.address}[${JSON.stringify(first)}]`
      : ref.address;
  const type = baseAddress(instance).split('.').slice(-2, -1)[0] ?? '';
  const isData = /(^|\.)data\.[^.]+\.[^.]+$/.test(baseAddress(instance));
  if (type === 'aws_organizations_organization' && ref.path.includes('roots')) return ROOT_KEY;
  if (isData) return undefined;
  const alias = aliases.get(instance);
  if (alias !== undefined && (ref.path.includes('id') || ref.path.length === 0 || ref.path.includes('arn')))
    return alias;
  return undefined;
}
