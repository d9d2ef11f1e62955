import { GetAccountSummaryCommand, ListOrganizationsFeaturesCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { Unknown, type Value } from '../../model/value.js';
import { ApiError } from './api.js';
import { RULES, type ReadContext } from './context.js';
import { failureText } from './notes.js';

/**
 * These IAM answers mean "centralized root access cannot be on", which is a known empty list:
 * trusted access for IAM is off, or the organization has only consolidated billing.
 */
const FEATURES_OFF = new Set([
  'ServiceAccessNotEnabledException',
  'OrganizationNotInAllFeaturesModeException',
]);

/** IAM ListOrganizationsFeatures: RootCredentialsManagement and RootSessions. */
export async function readIamFeatures(ctx: ReadContext): Promise<Value> {
  try {
    const out = await ctx.session.call('iam', 'ListOrganizationsFeatures', () =>
      ctx.clients.iam.send(new ListOrganizationsFeaturesCommand({})),
    );
    return [...(out.EnabledFeatures ?? [])];
  } catch (error) {
    if (error instanceof ApiError && error.failure.kind === 'other' && FEATURES_OFF.has(error.failure.code))
      return [];
    const reason = failureText(error, 'the organization');
    ctx.notes.failure(error, reason);
    // RG004 reports the Unknown enabled_features itself, with this reason.
    return new Unknown(reason);
  }
}

export interface AccountFacts {
  readonly accessKeysPresent?: boolean;
  readonly mfaEnabled?: boolean;
}

/**
 * The management account's root user: GetAccountSummary answers for the caller's own account, so the
 * caller is checked first (sts:GetCallerIdentity needs no permission). Credentials of a delegated
 * administrator would otherwise report that account's root user as the management account's.
 */
export async function readManagementAccount(
  ctx: ReadContext,
  managementAccountId: string | undefined,
): Promise<AccountFacts> {
  const needs = [RULES.rootAccessKey, RULES.rootMfa];
  let caller: string | undefined;
  try {
    const out = await ctx.session.call('sts', 'GetCallerIdentity', () =>
      ctx.clients.sts.send(new GetCallerIdentityCommand({})),
    );
    caller = out.Account;
  } catch (error) {
    const reason = failureText(error, 'the caller');
    ctx.notes.failure(error, reason);
    ctx.notes.unverify(
      needs,
      `${reason}: which account the credentials belong to is not known, so the management account's root user was not checked`,
    );
    return {};
  }
  if (managementAccountId === undefined) {
    ctx.notes.unverify(
      needs,
      "the management account id is not known, so the management account's root user was not checked",
    );
    return {};
  }
  if (caller !== managementAccountId) {
    ctx.notes.unverify(
      needs,
      `the credentials belong to account ${caller ?? '(unknown)'}, not the management account ${managementAccountId}: its root user's MFA and access keys can only be read (iam:GetAccountSummary) with credentials of the management account`,
    );
    return {};
  }
  try {
    const out = await ctx.session.call('iam', 'GetAccountSummary', () =>
      ctx.clients.iam.send(new GetAccountSummaryCommand({})),
    );
    const summary = out.SummaryMap ?? {};
    const flag = (n: number | undefined): boolean | undefined => (typeof n === 'number' ? n > 0 : undefined);
    const accessKeysPresent = flag(summary.AccountAccessKeysPresent);
    const mfaEnabled = flag(summary.AccountMFAEnabled);
    if (mfaEnabled === undefined)
      ctx.notes.unverify([RULES.rootMfa], 'iam:GetAccountSummary returned no AccountMFAEnabled');
    if (accessKeysPresent === undefined)
      ctx.notes.unverify([RULES.rootAccessKey], 'iam:GetAccountSummary returned no AccountAccessKeysPresent');
    return {
      ...(accessKeysPresent !== undefined ? { accessKeysPresent } : {}),
      ...(mfaEnabled !== undefined ? { mfaEnabled } : {}),
    };
  } catch (error) {
    const reason = failureText(error, `the management account ${managementAccountId}`);
    ctx.notes.failure(error, reason);
    ctx.notes.unverify(needs, `${reason}: whether its root user has MFA and access keys is not known`);
    return {};
  }
}
