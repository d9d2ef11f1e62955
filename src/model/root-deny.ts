import { deniesRootUser, parsePolicy, type PolicyDocument, type RootDenyResult } from './policy.js';
import { attachmentsOf, scps, type OrgModel, type OrgPolicy } from './org.js';
import { containsUnknown, isObject, type Value } from './value.js';

/** What an SCP is, as far as the root user is concerned. */
export type ScpClass =
  | { readonly kind: 'root-deny'; readonly result: RootDenyResult }
  /** It tries to deny the root user but cannot (the problems say why). */
  | { readonly kind: 'attempt'; readonly result: RootDenyResult }
  | { readonly kind: 'other' }
  | { readonly kind: 'unknown'; readonly reason: string }
  | { readonly kind: 'malformed'; readonly error: string };

const cache = new WeakMap<OrgPolicy, ScpClass>();

export function classifyScp(policy: OrgPolicy): ScpClass {
  const cached = cache.get(policy);
  if (cached) return cached;
  const result = computeClass(policy);
  cache.set(policy, result);
  return result;
}

function computeClass(policy: OrgPolicy): ScpClass {
  if (policy.content.kind === 'unknown') return { kind: 'unknown', reason: policy.content.reason };
  if (policy.content.kind === 'partial')
    return classifyPartial(policy.content.document, policy.content.reason);
  const parsed = parsePolicy(policy.content.text);
  if (!parsed.ok) return { kind: 'malformed', error: parsed.error };
  const result = deniesRootUser(parsed.policy);
  const refused =
    policy.type === 'SERVICE_CONTROL_POLICY'
      ? (principalProblem(parsed.policy) ?? sizeProblem(policy.content.text))
      : undefined;
  if (refused !== undefined) {
    // AWS refuses to create it: a root deny written this way never takes effect.
    if (result.kind === 'none' && result.problems.length === 0) return { kind: 'other' };
    return {
      kind: 'attempt',
      result: { ...result, kind: 'none', statements: [], problems: [refused, ...result.problems] },
    };
  }
  if (result.kind !== 'none') return { kind: 'root-deny', result };
  return result.problems.length > 0 ? { kind: 'attempt', result } : { kind: 'other' };
}

/** Organizations' limit on an SCP document, every character counted, whitespace included. */
const SCP_MAX_CHARACTERS = 5120;

function sizeProblem(text: string): string | undefined {
  if (text.length <= SCP_MAX_CHARACTERS) return undefined;
  return `its content is ${text.length.toLocaleString('en-US')} characters, over the ${SCP_MAX_CHARACTERS.toLocaleString('en-US')}-character limit of an SCP (whitespace counts): Organizations refuses it, so it is never created or updated. Minify it (jsonencode, or the policy document's minified_json) or split it into several SCPs`;
}

/**
 * SCPs take no Principal or NotPrincipal (they apply to every principal of the accounts they are
 * attached to): Organizations rejects such a document as malformed.
 */
function principalProblem(doc: PolicyDocument): string | undefined {
  const at = doc.statements.flatMap((s, i) =>
    s.principals !== undefined || s.notPrincipals !== undefined ? [`Statement[${i}]`] : [],
  );
  if (at.length === 0) return undefined;
  return `${at.join(', ')} ${at.length === 1 ? 'has' : 'have'} a Principal (or NotPrincipal) element, which SCPs do not support: Organizations rejects the policy as malformed, so it is never created. Remove it: an SCP applies to every principal of the accounts it is attached to, and a condition on aws:PrincipalArn picks the root user`;
}

/**
 * A document with unknown parts. A fully known Deny statement denies whatever the other
 * statements say (nothing in an SCP can cancel a Deny), so it is enough to say "denies the root
 * user"; it is never enough to say "does not".
 */
function classifyPartial(document: Value, reason: string): ScpClass {
  if (!isObject(document)) return { kind: 'unknown', reason };
  const statement = document.Statement;
  const statements = Array.isArray(statement) ? statement : statement === undefined ? [] : [statement];
  const known = statements.filter((s) => !containsUnknown(s));
  if (known.length === 0 || containsUnknown(document.Version)) return { kind: 'unknown', reason };
  const parsed = parsePolicy({ ...document, Statement: known });
  if (!parsed.ok) return { kind: 'unknown', reason };
  const result = deniesRootUser(parsed.policy);
  if (result.kind !== 'none') return { kind: 'root-deny', result };
  const unknownCount = statements.length - known.length;
  return {
    kind: 'unknown',
    reason: `${unknownCount} of ${statements.length} statements are not known statically: ${reason}`,
  };
}

export interface RootDenyPicture {
  /** SCPs that deny the root user, with their attachments. */
  readonly rootDeny: readonly OrgPolicy[];
  /** SCPs whose content is unknown: each might be a root-deny policy. */
  readonly undecided: readonly { readonly policy: OrgPolicy; readonly reason: string }[];
  /** Node keys the root-deny SCPs are attached to. */
  readonly targets: ReadonlySet<string>;
  /** Why some attachment of a (possibly) root-deny SCP points at a target that cannot be resolved. */
  readonly unknownTargets: readonly string[];
}

/** The root-deny SCPs of the organization and where they are attached. */
export function rootDenyPicture(org: OrgModel): RootDenyPicture {
  const all = scps(org);
  const rootDeny = all.filter((p) => classifyScp(p).kind === 'root-deny');
  const undecided = all.flatMap((policy) => {
    const c = classifyScp(policy);
    return c.kind === 'unknown' ? [{ policy, reason: c.reason }] : [];
  });
  const targets = new Set<string>();
  const unknownTargets: string[] = [];
  for (const policy of rootDeny) {
    for (const attachment of attachmentsOf(org, policy.key)) {
      if ('key' in attachment.target) targets.add(attachment.target.key);
      else unknownTargets.push(`${attachment.resource ?? 'an attachment'}: ${attachment.target.unknown}`);
    }
  }
  // An attachment whose policy cannot be resolved might attach a root-deny SCP anywhere; one that
  // would attach a policy known not to deny the root user changes nothing here.
  const inDoubt = new Set([...rootDeny.map((p) => p.key), ...undecided.map((u) => u.policy.key)]);
  for (const attachment of org.attachments) {
    const link = attachment.policy;
    if (!('unknown' in link)) continue;
    if ('candidate' in link && org.policies.has(link.candidate) && !inDoubt.has(link.candidate)) continue;
    unknownTargets.push(`${attachment.resource ?? 'an attachment'}: ${link.unknown}`);
  }
  return { rootDeny, undecided, targets, unknownTargets };
}

/** Whether no root-deny SCP is attached anywhere, not even maybe: then it protects no account (RG002). */
export function attachedNowhere(picture: RootDenyPicture): boolean {
  return picture.targets.size === 0 && picture.unknownTargets.length === 0;
}
