import { finding, unverified, type Rule, type RuleReport } from './rule.js';

export const rule: Rule = {
  id: 'RG010',
  name: 'root-mfa-disabled',
  severity: 'high',
  scope: 'live',
  title: 'The management account root user has no MFA',
  rationale:
    'The root user of the management account controls the whole organization, and no SCP or IAM policy can restrict it. Without MFA, its email address and password alone are enough to take over every account in the organization.',
  remediation:
    'Sign in as the management account root user and register an MFA device (a FIDO2 security key, or a virtual authenticator app) under Security credentials; register a second device so one lost key does not lock the organization out. Terraform cannot manage root MFA: this is a console task.',
  example: {
    bad: 'aws iam get-account-summary --query SummaryMap.AccountMFAEnabled\n0',
    good: 'aws iam get-account-summary --query SummaryMap.AccountMFAEnabled\n1',
  },
  docs: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html',
  ],
  check(ctx) {
    const live = ctx.live;
    // The engine runs live rules only when a live organization was read; without its facts, say so.
    if (live === undefined) {
      return [
        unverified(
          'no facts about the management account were read from AWS, so its root MFA is not checked',
        ),
      ];
    }
    const account = live.managementAccountId;
    const resource = account !== undefined ? `arn:aws:iam::${account}:root` : 'management account root user';
    const reports: RuleReport[] = [];
    if (live.mfaEnabled === false) {
      reports.push(
        finding(
          `The root user of the management account${account !== undefined ? ` ${account}` : ''} has no MFA device (AccountMFAEnabled = 0): its password alone opens the whole organization.`,
          { resource, source: 'live' },
        ),
      );
    }
    // mfaEnabled undefined: the live loader could not read it and has already reported an
    // unverified RG010 naming the denied permission; repeating it in vaguer words adds only noise.
    for (const member of live.members ?? []) {
      // A member root without a password cannot sign in, MFA or not (centralized root access).
      if (member.passwordPresent !== true || member.mfaEnabled !== false) continue;
      const name = member.name !== undefined ? ` "${member.name}"` : '';
      reports.push(
        finding(
          `The root user of member account ${member.accountId}${name} has a password and no MFA device. Delete the password centrally (sts:AssumeRoot with IAMDeleteRootUserCredentials) or add MFA.`,
          { resource: `arn:aws:iam::${member.accountId}:root`, source: 'live' },
        ),
      );
    }
    return reports;
  },
};
