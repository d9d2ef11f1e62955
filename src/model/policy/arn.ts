/**
 * ARNs: segment-wise matching (the Arn* condition operators and the Resource element) and the
 * two meanings of `arn:<partition>:iam::<account>:root`.
 */
import type { Lookup } from './context.js';
import { matchPattern, splitArn } from './pattern.js';
import { and3 } from './tri.js';
import type { Tri } from './types.js';

export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

export function parseArn(text: string): ArnParts | undefined {
  const parts = splitArn(text);
  if (!parts || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', account = '', resource = ''] = parts;
  return { partition, service, region, account, resource };
}

/**
 * ArnEquals / ArnLike (IAM treats them alike): each of the six colon-delimited components is
 * matched on its own, case-sensitively, with `*` and `?` wildcards that cannot cross a colon
 * into the next component. A pattern or value that is not a six-part ARN matches nothing.
 */
export function arnMatch(pattern: string, value: string, lookup: Lookup, variables: boolean): Tri {
  const p = splitArn(pattern);
  const v = splitArn(value);
  if (!p || !v || v[0] !== 'arn') return 'no';
  const options = { wildcards: true, variables };
  return and3(p.map((segment, i) => matchPattern(segment, v[i] ?? '', lookup, options)));
}

const ROOT_ARN = /^arn:([a-z][a-z0-9-]*):iam::(\d{12}):root$/;
const ACCOUNT_ID = /^\d{12}$/;

/**
 * True for `arn:<partition>:iam::<12 digits>:root`: the ARN of an account's root user as it
 * appears as the *calling* principal (for example the value of `aws:PrincipalArn`).
 *
 * The same string in a resource policy's `Principal` element means something else: the whole
 * account (see {@link isAccountPrincipal}). Only use this on request-side values.
 */
export function isRootUserArn(arn: string): boolean {
  return ROOT_ARN.test(arn);
}

/**
 * True when a `Principal` / `NotPrincipal` value names a whole AWS account: a bare 12-digit id
 * or `arn:<partition>:iam::<id>:root`. In a resource or trust policy this is the ACCOUNT
 * principal — it delegates to (Allow) or covers (Deny) every IAM principal of that account — and
 * not the root user, even though the ARN reads `:root`. Policies that name account principals
 * must not be mistaken for policies about the root user.
 */
export function isAccountPrincipal(value: string): boolean {
  return ACCOUNT_ID.test(value) || ROOT_ARN.test(value);
}

/** The account id of an account principal (bare id or `:root` ARN), else undefined. */
export function accountOfPrincipal(value: string): string | undefined {
  if (ACCOUNT_ID.test(value)) return value;
  return ROOT_ARN.exec(value)?.[2];
}

export function rootArn(account: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:root`;
}
