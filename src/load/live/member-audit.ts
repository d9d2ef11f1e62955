import { addToList } from '../../append-all.js';
import {
  GetLoginProfileCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { AssumeRootCommand } from '@aws-sdk/client-sts';
import { ApiError, collectPages } from './api.js';
import { clientConfig, type ClientSettings } from './clients.js';
import { RULES, type ReadContext } from './context.js';
import { failureText } from './notes.js';

/** The AWS-managed task policy that lets a root session read (never change) the root user's credentials. */
export const AUDIT_TASK_POLICY = 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials';

/** A member account's root user, read through a centralized root session (sts:AssumeRoot). */
export interface MemberRootFacts {
  readonly accountId: string;
  readonly name?: string;
  /** Any access key of the root user, active or not (an inactive key can be re-activated). */
  readonly accessKeysPresent?: boolean;
  readonly activeAccessKeys?: number;
  readonly mfaEnabled?: boolean;
  /** The root user has a password (a login profile). With centralized root access it should not. */
  readonly passwordPresent?: boolean;
  /** Why some facts are missing. */
  readonly reason?: string;
}

export type SessionCredentials = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
};

/** Builds the IAM client for one root session; replaceable in tests. */
export type MemberIamFactory = (credentials: SessionCredentials) => IAMClient;

/**
 * A client per root session. Its adaptive rate limiter is its own: tried with one shared limiter,
 * every throttle anywhere slowed all sessions (212 s against 94 s for 500 accounts, 5% throttled).
 */
export function defaultMemberIam(settings: ClientSettings): MemberIamFactory {
  return (credentials) => new IAMClient({ ...clientConfig(settings), credentials });
}

/**
 * One AssumeRoot and three IAM reads per member account: this grows with accounts by nature,
 * which is why it is off by default. Sessions last the minimum the task needs (900 s).
 */
export async function auditMembers(
  ctx: ReadContext,
  accounts: readonly { readonly id: string; readonly name?: string }[],
  memberIam: MemberIamFactory,
): Promise<MemberRootFacts[]> {
  const facts = await Promise.all(accounts.map((a) => auditOne(ctx, a, memberIam)));
  // One unverified entry per distinct cause, not one per account: 500 identical lines help no one.
  const byCause = new Map<string, string[]>();
  for (const f of facts) {
    if (f.reason === undefined) continue;
    addToList(byCause, f.reason, f.accountId);
  }
  for (const [cause, ids] of byCause) {
    const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? `, and ${ids.length - 5} more` : '');
    ctx.notes.unverify(
      [RULES.rootAccessKey, RULES.rootMfa],
      `the root user of ${ids.length} member account${ids.length === 1 ? '' : 's'} (${shown}) was not audited: ${cause}`,
    );
  }
  return facts;
}

async function auditOne(
  ctx: ReadContext,
  account: { readonly id: string; readonly name?: string },
  memberIam: MemberIamFactory,
): Promise<MemberRootFacts> {
  const base = { accountId: account.id, ...(account.name !== undefined ? { name: account.name } : {}) };
  let credentials: SessionCredentials;
  try {
    const out = await ctx.session.call('sts', 'AssumeRoot', () =>
      ctx.clients.sts.send(
        new AssumeRootCommand({
          TargetPrincipal: account.id,
          TaskPolicyArn: { arn: AUDIT_TASK_POLICY },
          DurationSeconds: 900,
        }),
      ),
    );
    const c = out.Credentials;
    if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined)
      throw new Error('AssumeRoot returned no credentials');
    credentials = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken !== undefined ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration !== undefined ? { expiration: c.Expiration } : {}),
    };
  } catch (error) {
    const reason = failureText(error, '');
    ctx.notes.failure(error, `${failureText(error, `member account ${account.id}`)}`);
    return { ...base, reason };
  }

  const iam = memberIam(credentials);
  try {
    const [keys, mfa, password] = await Promise.allSettled([
      collectPages((marker) =>
        ctx.session
          .call(
            'iam',
            'ListAccessKeys',
            () => iam.send(new ListAccessKeysCommand(marker ? { Marker: marker } : {})),
            marker !== undefined,
          )
          .then((out) => ({ items: out.AccessKeyMetadata, next: out.IsTruncated ? out.Marker : undefined })),
      ),
      collectPages((marker) =>
        ctx.session
          .call(
            'iam',
            'ListMFADevices',
            () => iam.send(new ListMFADevicesCommand(marker ? { Marker: marker } : {})),
            marker !== undefined,
          )
          .then((out) => ({ items: out.MFADevices, next: out.IsTruncated ? out.Marker : undefined })),
      ),
      ctx.session
        .call('iam', 'GetLoginProfile', () => iam.send(new GetLoginProfileCommand({})))
        .then(
          () => true,
          (error: unknown) => {
            // NoSuchEntity is the answer "this root user has no password".
            if (
              error instanceof ApiError &&
              error.failure.kind === 'other' &&
              (error.failure.code === 'NoSuchEntityException' || error.failure.code === 'NoSuchEntity')
            )
              return false;
            throw error;
          },
        ),
    ]);
    const problems: string[] = [];
    const note = (r: PromiseSettledResult<unknown>): void => {
      if (r.status === 'rejected') {
        problems.push(failureText(r.reason, ''));
        ctx.notes.failure(r.reason, failureText(r.reason, `member account ${account.id}`));
      }
    };
    [keys, mfa, password].forEach(note);
    return {
      ...base,
      ...(keys.status === 'fulfilled'
        ? {
            accessKeysPresent: keys.value.length > 0,
            activeAccessKeys: keys.value.filter((k) => k.Status === 'Active').length,
          }
        : {}),
      ...(mfa.status === 'fulfilled' ? { mfaEnabled: mfa.value.length > 0 } : {}),
      ...(password.status === 'fulfilled' ? { passwordPresent: password.value } : {}),
      ...(problems.length > 0 ? { reason: problems.join('; ') } : {}),
    };
  } finally {
    iam.destroy();
  }
}
