import {
  DescribePolicyCommand,
  ListPoliciesCommand,
  ListTargetsForPolicyCommand,
  type PolicySummary,
} from '@aws-sdk/client-organizations';
import { ROOT_KEY, type OrgAttachment, type OrgPolicy, type PolicyContent } from '../../model/org.js';
import { classifyScp } from '../../model/root-deny.js';
import { collectPages } from './api.js';
import { PAGE_SIZE, RULES, type ReadContext } from './context.js';
import { failureText } from './notes.js';

export const SCP = 'SERVICE_CONTROL_POLICY';

/**
 * `root-relevant` reads the targets of SCPs that deny (or try to deny, or may deny) the root user
 * only. Policies like FullAWSAccess are attached to every OU and account, so listing their targets
 * costs a page per 20 accounts and tells no root check anything. `all` reads every SCP's targets.
 */
export type PolicyTargets = 'root-relevant' | 'all';

export interface PolicyFacts {
  readonly policies: OrgPolicy[];
  readonly attachments: OrgAttachment[];
  /** SCPs whose targets were not read because they cannot affect a root check (`root-relevant`). */
  readonly targetsSkipped: string[];
}

/** Key of the stand-in policy when the SCPs cannot be listed: it may be a root deny, so nothing is guessed. */
export const UNLISTED_SCPS = '(unlisted)';

export async function readPolicies(ctx: ReadContext, mode: PolicyTargets): Promise<PolicyFacts> {
  let summaries: PolicySummary[];
  try {
    summaries = await collectPages((token) =>
      ctx.session
        .call(
          'organizations',
          'ListPolicies',
          () =>
            ctx.clients.organizations.send(
              new ListPoliciesCommand({
                Filter: SCP,
                MaxResults: PAGE_SIZE,
                ...(token ? { NextToken: token } : {}),
              }),
            ),
          token !== undefined,
        )
        .then((out) => ({ items: out.Policies, next: out.NextToken })),
    );
  } catch (error) {
    const reason = failureText(error, 'the service control policies');
    ctx.notes.failure(error, reason);
    ctx.notes.unverify([RULES.rootDenyIneffective], `${reason}: the SCPs are not known`);
    // RG002 sees a policy whose content is unknown and reports "not known" instead of "no SCP".
    const placeholder: OrgPolicy = {
      key: UNLISTED_SCPS,
      name: UNLISTED_SCPS,
      type: SCP,
      content: { kind: 'unknown', reason },
      origin: 'live',
    };
    return { policies: [placeholder], attachments: [], targetsSkipped: [] };
  }

  const read = await Promise.all(
    summaries.filter((s) => s.Id !== undefined).map((summary) => readPolicy(ctx, summary, mode)),
  );
  return {
    policies: read.map((r) => r.policy),
    attachments: read.flatMap((r) => r.attachments),
    targetsSkipped: read.flatMap((r) => (r.skipped ? [r.policy.key] : [])),
  };
}

function label(summary: PolicySummary): string {
  return summary.Name !== undefined ? `SCP "${summary.Name}" (${summary.Id})` : `SCP ${summary.Id}`;
}

async function readPolicy(
  ctx: ReadContext,
  summary: PolicySummary,
  mode: PolicyTargets,
): Promise<{ policy: OrgPolicy; attachments: OrgAttachment[]; skipped: boolean }> {
  const id = summary.Id as string;
  let content: PolicyContent;
  try {
    const out = await ctx.session.call('organizations', 'DescribePolicy', () =>
      ctx.clients.organizations.send(new DescribePolicyCommand({ PolicyId: id })),
    );
    const text = out.Policy?.Content;
    content =
      text !== undefined
        ? { kind: 'known', text }
        : { kind: 'unknown', reason: `DescribePolicy returned no content for ${label(summary)}` };
  } catch (error) {
    const reason = failureText(error, label(summary));
    ctx.notes.failure(error, reason);
    content = { kind: 'unknown', reason };
    // RG002 reports unknown content itself; RG003 skips it, so say here that it was not checked.
    ctx.notes.unverify(
      [RULES.rootDenyIneffective],
      `${reason}: whether it denies the root user effectively is not verified`,
    );
  }
  const policy: OrgPolicy = {
    key: id,
    name: summary.Name ?? id,
    type: summary.Type ?? SCP,
    content,
    origin: 'live',
  };

  const kind = classifyScp(policy).kind;
  if (mode === 'root-relevant' && kind === 'other') return { policy, attachments: [], skipped: true };

  try {
    const targets = await collectPages((token) =>
      ctx.session
        .call(
          'organizations',
          'ListTargetsForPolicy',
          () =>
            ctx.clients.organizations.send(
              new ListTargetsForPolicyCommand({
                PolicyId: id,
                MaxResults: PAGE_SIZE,
                ...(token ? { NextToken: token } : {}),
              }),
            ),
          token !== undefined,
        )
        .then((out) => ({ items: out.Targets, next: out.NextToken })),
    );
    const attachments = targets.flatMap((t): OrgAttachment[] =>
      t.TargetId === undefined
        ? []
        : [
            {
              policy: { key: id },
              target: { key: t.Type === 'ROOT' ? ROOT_KEY : t.TargetId },
              origin: 'live',
            },
          ],
    );
    return { policy, attachments, skipped: false };
  } catch (error) {
    const reason = failureText(error, label(summary));
    ctx.notes.failure(error, reason);
    // The attachment exists but its target is unknown: coverage is then undecided, never guessed.
    const attachment: OrgAttachment = { policy: { key: id }, target: { unknown: reason }, origin: 'live' };
    if (kind === 'root-deny' || kind === 'unknown' || kind === 'malformed') {
      ctx.notes.unverify(
        [RULES.rootDenyMissing, RULES.rootDenyIneffective],
        `${reason}: where it is attached is not known, so the accounts it covers (and whether it is attached at all) are not verified`,
      );
    }
    return { policy, attachments: [attachment], skipped: false };
  }
}
