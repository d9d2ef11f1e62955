import { attributeLocation, type ProviderConfig, type Resource } from '../model/resource.js';
import { indexResources, resolveValue } from '../model/resolve.js';
import { Unknown } from '../model/value.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

const KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{12,}$/;
const CREDENTIAL_ARGUMENTS = ['access_key', 'secret_key', 'token'] as const;

function providerLabel(p: ProviderConfig): string {
  const alias = p.alias !== undefined ? ` (alias "${p.alias}")` : '';
  const where = p.module !== '' ? ` in ${p.module}` : '';
  return `provider "aws"${alias}${where}`;
}

/** Static credentials in a provider block: whoever reads the repository holds them. */
function checkProvider(p: ProviderConfig): RuleReport[] {
  if (p.name !== 'aws') return [];
  const present = CREDENTIAL_ARGUMENTS.filter((argument) => {
    const value = p.values[argument];
    return typeof value === 'string' && value.trim() !== '';
  });
  const first = present[0];
  if (first === undefined) return [];
  // Values are never put in the message: they are credentials. Only the kind of key is named.
  const keyId = p.values.access_key;
  const kind =
    typeof keyId === 'string' && KEY_ID.test(keyId)
      ? keyId.startsWith('ASIA')
        ? ' (a temporary ASIA… key id)'
        : ' (a long-term AKIA… key id)'
      : '';
  return [
    finding(
      `${providerLabel(p)} has static credentials written into the configuration: ${present.map((a) => `"${a}"`).join(', ')}${kind}. Static keys in code are how root and admin credentials leak.`,
      { location: attributeLocation(p, first), source: p.origin, resource: providerLabel(p) },
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
    ];
  },
};
