import {
  attributeLocation,
  isAwsProvider,
  providerLabel,
  type ProviderConfig,
  type Resource,
} from '../model/resource.js';
import { indexResources, resolveValue } from '../model/resolve.js';
import { Unknown, isObject, type Value } from '../model/value.js';
import { finding, unverified, type Rule, type RuleContext, type RuleReport } from './rule.js';

const KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{12,}$/;
const CREDENTIAL_ARGUMENTS = ['access_key', 'secret_key', 'token'] as const;

/** An access key id anywhere in a string: `AKIA`/`ASIA` and 16 more upper-case letters or digits. */
const KEY_ID_IN_TEXT = /(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
/**
 * A secret access key: 40 base64 characters. Requiring upper and lower case and a digit keeps out
 * what else is 40 characters long in a provider block, such as a git commit id in default_tags.
 */
function looksLikeSecret(text: string): boolean {
  return /^[A-Za-z0-9/+]{40}$/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text) && /[0-9]/.test(text);
}

/** Arguments other than the credential ones that hold something credential-shaped (never the value). */
function credentialShaped(p: ProviderConfig): { path: string; kind: string }[] {
  const out: { path: string; kind: string }[] = [];
  // Evaluated values share their parts (`[local.a, local.a]`): each part is read once.
  const seen = [new Set<object>(), new Set<object>()];
  const visit = (value: Value | undefined, path: string, topLevel: boolean): void => {
    if (typeof value === 'object' && value !== null) {
      const visited = seen[topLevel ? 1 : 0]!;
      if (visited.has(value)) return;
      visited.add(value);
    }
    if (typeof value === 'string') {
      if (KEY_ID_IN_TEXT.test(value)) out.push({ path, kind: 'an access key id' });
      // A secret has no marker of its own: only trust the shape in a top-level argument.
      else if (topLevel && looksLikeSecret(value)) out.push({ path, kind: 'a secret access key' });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`, topLevel));
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`, false);
    }
  };
  for (const [argument, value] of Object.entries(p.values)) {
    if ((CREDENTIAL_ARGUMENTS as readonly string[]).includes(argument)) continue;
    visit(value, argument, true);
  }
  return out;
}

/** Static credentials in a provider block: whoever reads the repository holds them. */
function checkProvider(p: ProviderConfig): RuleReport[] {
  if (!isAwsProvider(p)) return [];
  const present = CREDENTIAL_ARGUMENTS.filter((argument) => {
    const value = p.values[argument];
    return typeof value === 'string' && value.trim() !== '';
  });
  const shaped = credentialShaped(p);
  const first = present[0];
  const firstShaped = shaped[0];
  if (first === undefined && firstShaped === undefined) return [];
  // Values are never put in the message: they are credentials. Only the kind of key is named.
  const keyId = p.values.access_key;
  const kind =
    typeof keyId === 'string' && KEY_ID.test(keyId)
      ? keyId.startsWith('ASIA')
        ? ' (a temporary ASIA… key id)'
        : ' (a long-term AKIA… key id)'
      : '';
  const named =
    present.length > 0
      ? `has static credentials written into the configuration: ${present.map((a) => `"${a}"`).join(', ')}${kind}`
      : 'has a credential written into the configuration';
  const others =
    shaped.length > 0
      ? `${present.length > 0 ? ', and' : ':'} ${shaped.map((s) => `"${s.path}" holds what looks like ${s.kind}`).join(', ')}`
      : '';
  const line = first !== undefined ? first : (firstShaped?.path.split(/[.[]/)[0] ?? '');
  return [
    finding(
      `${providerLabel(p)} ${named}${others}. Static keys in code are how root and admin credentials leak.`,
      { location: attributeLocation(p, line), source: p.origin, resource: providerLabel(p) },
    ),
  ];
}

/** An access key for an IAM user literally named "root" is a key someone means to use as root. */
function checkAccessKey(key: Resource, index: ReturnType<typeof indexResources>): RuleReport[] {
  const user = resolveValue(key.values.user, index);
  if (typeof user === 'string') {
    if (user.toLowerCase() !== 'root') return [];
    return [
      finding(
        `${key.address} creates an access key for an IAM user named "${user}". Access keys for a root-named user are root-equivalent credentials that never expire.`,
        { resource: key.address, location: attributeLocation(key, 'user'), source: key.origin },
      ),
    ];
  }
  if (user instanceof Unknown && user.refs.some((r) => /(^|\.)aws_iam_user\./.test(r.address))) {
    return [
      unverified(`the user of ${key.address} is not known statically: ${user.reason}`, {
        resource: key.address,
        location: key.location,
      }),
    ];
  }
  return [];
}

/**
 * The live management account (iam:GetAccountSummary AccountAccessKeysPresent). When the fact is
 * unknown the live loader has already said why, naming the permission: nothing is added here.
 */
function checkLiveRoot(live: RuleContext['live']): RuleReport[] {
  const reports: RuleReport[] = [];
  if (live?.accessKeysPresent === true) {
    const account = live.managementAccountId;
    const resource =
      account !== undefined ? `arn:aws:iam::${account}:root` : 'the management account root user';
    reports.push(
      finding(
        `The root user of the management account${account !== undefined ? ` ${account}` : ''} has access keys (AccountAccessKeysPresent = 1). Delete them: nothing should sign requests as root.`,
        { resource, source: 'live' },
      ),
    );
  }
  for (const member of live?.members ?? []) {
    if (member.accessKeysPresent !== true) continue;
    const name = member.name !== undefined ? ` "${member.name}"` : '';
    reports.push(
      finding(
        `The root user of member account ${member.accountId}${name} has access keys. Delete them centrally (sts:AssumeRoot with IAMDeleteRootUserCredentials).`,
        { resource: `arn:aws:iam::${member.accountId}:root`, source: 'live' },
      ),
    );
  }
  return reports;
}

export const rule: Rule = {
  id: 'RG001',
  name: 'root-access-key',
  severity: 'critical',
  scope: 'any',
  title: 'Root or static access keys in Terraform',
  rationale:
    'Access keys for the root user cannot be limited by IAM or SCP and never expire; static keys committed to code are the most common way AWS credentials leak. AWS recommends that the root user has no access keys at all.',
  remediation:
    'Remove the keys from the provider block and let the provider use the default credential chain (environment, SSO, or an OIDC role in CI). Never create access keys for a user named root; delete any root access keys in the console (or centrally with sts:AssumeRoot and IAMDeleteRootUserCredentials).',
  example: {
    bad: 'provider "aws" {\n  region     = "us-east-1"\n  access_key = "AKIA…"\n  secret_key = "…"\n}',
    good: 'provider "aws" {\n  region = "us-east-1"\n  # credentials come from the environment, SSO, or an OIDC role\n}',
  },
  docs: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html',
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration',
  ],
  check(ctx) {
    const index = indexResources(ctx.resources);
    return [
      ...ctx.providers.flatMap(checkProvider),
      ...ctx.resources
        .filter((r) => r.mode === 'managed' && r.type === 'aws_iam_access_key' && r.action !== 'delete')
        .flatMap((r) => checkAccessKey(r, index)),
      ...checkLiveRoot(ctx.live),
    ];
  },
};
