import {
  DescribeOrganizationCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListRootsCommand,
  type Root,
} from '@aws-sdk/client-organizations';
import { Unknown, type Value } from '../../model/value.js';
import { collectPages } from './api.js';
import { PAGE_SIZE, RULES, type ReadContext } from './context.js';
import { failureText } from './notes.js';

export interface OrganizationFacts {
  readonly id?: string;
  readonly featureSet: Value;
  readonly managementAccountId?: string;
}

/** DescribeOrganization: the first call, so missing credentials or "no organization" stop the load early. */
export async function readOrganization(ctx: ReadContext): Promise<OrganizationFacts> {
  try {
    const out = await ctx.session.call('organizations', 'DescribeOrganization', () =>
      ctx.clients.organizations.send(new DescribeOrganizationCommand({})),
    );
    const o = out.Organization;
    return {
      ...(o?.Id !== undefined ? { id: o.Id } : {}),
      featureSet: o?.FeatureSet ?? new Unknown('DescribeOrganization returned no feature set'),
      ...(o?.MasterAccountId !== undefined ? { managementAccountId: o.MasterAccountId } : {}),
    };
  } catch (error) {
    const reason = failureText(error, 'the organization');
    ctx.notes.failure(error, reason);
    // RG004 reports the Unknown feature set itself, with this reason.
    return { featureSet: new Unknown(reason) };
  }
}

export interface RootFacts {
  readonly root?: Root;
  /** Policy types enabled on the root (SERVICE_CONTROL_POLICY, ...). */
  readonly enabledPolicyTypes: Value;
  /** Why the root is not known. */
  readonly missing?: string;
}

export async function readRoot(ctx: ReadContext): Promise<RootFacts> {
  try {
    const roots = await collectPages((token) =>
      ctx.session
        .call(
          'organizations',
          'ListRoots',
          () =>
            ctx.clients.organizations.send(
              new ListRootsCommand({ MaxResults: PAGE_SIZE, ...(token ? { NextToken: token } : {}) }),
            ),
          token !== undefined,
        )
        .then((out) => ({ items: out.Roots, next: out.NextToken })),
    );
    const root = roots[0];
    if (root?.Id === undefined) throw new Error('ListRoots returned no root');
    const enabled = (root.PolicyTypes ?? [])
      .filter((t) => t.Status === 'ENABLED' && t.Type !== undefined)
      .map((t) => t.Type as string);
    return { root, enabledPolicyTypes: enabled };
  } catch (error) {
    const reason = failureText(error, 'the organization root');
    ctx.notes.failure(error, reason);
    const missing = `${reason}: the organization tree (OUs and accounts) is not known, so which accounts the root-deny SCPs cover is not verified`;
    ctx.notes.unverify([RULES.rootDenyMissing], missing);
    ctx.notes.blindSpots.push({ reason: missing });
    return { enabledPolicyTypes: new Unknown(reason), missing };
  }
}

/** Trusted service principals (iam.amazonaws.com matters for centralized root access). */
export async function readServiceAccess(ctx: ReadContext): Promise<Value> {
  try {
    const principals = await collectPages((token) =>
      ctx.session
        .call(
          'organizations',
          'ListAWSServiceAccessForOrganization',
          () =>
            ctx.clients.organizations.send(
              new ListAWSServiceAccessForOrganizationCommand({
                MaxResults: PAGE_SIZE,
                ...(token ? { NextToken: token } : {}),
              }),
            ),
          token !== undefined,
        )
        .then((out) => ({ items: out.EnabledServicePrincipals, next: out.NextToken })),
    );
    return principals.flatMap((p) => (p.ServicePrincipal !== undefined ? [p.ServicePrincipal] : []));
  } catch (error) {
    const reason = failureText(error, 'the trusted services of the organization');
    ctx.notes.failure(error, reason);
    // RG004 reports the Unknown itself, with this reason.
    return new Unknown(reason);
  }
}

/** The management account id is also the account in the root's ARN: arn:aws:organizations::<id>:root/o-x/r-y. */
export function accountFromRootArn(arn: string | undefined): string | undefined {
  const match = /^arn:[^:]+:organizations::(\d{12}):root\//.exec(arn ?? '');
  return match?.[1];
}
