/**
 * Parses and normalises an IAM policy document. Never throws: a document IAM would reject comes
 * back as `{ ok: false, error }` naming the offending element (`Statement[1].Effect must be ...`).
 */
import { parseOperator } from './operators.js';
import type { Condition, Effect, ParseResult, PolicyDocument, PrincipalSet, Statement } from './types.js';

class PolicyError extends Error {}

function fail(message: string): never {
  throw new PolicyError(message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function has(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function stringList(value: unknown, path: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) return [...value];
  return fail(`${path} must be a string or an array of strings`);
}

const ACCOUNT_ID = /^\d{12}$/;
const PRINCIPAL_KEYS: Record<string, keyof PrincipalSet> = {
  AWS: 'aws',
  Service: 'service',
  Federated: 'federated',
  CanonicalUser: 'canonicalUser',
};

function parsePrincipal(value: unknown, path: string): PrincipalSet | '*' {
  if (value === '*') return '*';
  if (!isRecord(value)) return fail(`${path} must be "*" or an object such as {"AWS": ...}`);
  const set: { -readonly [K in keyof PrincipalSet]: string[] } = {};
  for (const [key, raw] of Object.entries(value)) {
    const field = PRINCIPAL_KEYS[key];
    if (!field)
      return fail(`${path} has unknown key "${key}" (expected AWS, Service, Federated or CanonicalUser)`);
    const list = stringList(raw, `${path}.${key}`);
    // A bare account id is shorthand for the account principal arn:aws:iam::<id>:root.
    set[field] =
      field === 'aws' ? list.map((v) => (ACCOUNT_ID.test(v) ? `arn:aws:iam::${v}:root` : v)) : list;
  }
  return set;
}

function conditionValues(value: unknown, path: string): string[] {
  const scalar = (v: unknown): v is string | number | boolean =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (scalar(value)) return [String(value)];
  if (Array.isArray(value) && value.every(scalar)) return value.map((v) => String(v));
  return fail(`${path} must be a string, number, boolean or an array of them`);
}

function parseConditions(value: unknown, path: string): Condition[] {
  if (value === undefined) return [];
  if (!isRecord(value)) return fail(`${path} must be an object of condition operators`);
  const conditions: Condition[] = [];
  for (const [rawOperator, block] of Object.entries(value)) {
    const parsed = parseOperator(rawOperator);
    if (!parsed) return fail(`${path} has unknown condition operator "${rawOperator}"`);
    if (!isRecord(block)) return fail(`${path}.${rawOperator} must be an object of condition keys`);
    for (const [rawKey, raw] of Object.entries(block)) {
      conditions.push({
        operator: parsed.spec.name,
        ifExists: parsed.ifExists,
        ...(parsed.setOperator ? { setOperator: parsed.setOperator } : {}),
        key: rawKey.toLowerCase(),
        rawKey,
        rawOperator,
        values: conditionValues(raw, `${path}.${rawOperator}["${rawKey}"]`),
      });
    }
  }
  return conditions;
}

/** Exactly-one-of (Action/NotAction) or at-most-one-of (Resource/NotResource...) pairs. */
function pair(
  record: Record<string, unknown>,
  path: string,
  a: string,
  b: string,
  required: boolean,
): 'a' | 'b' | undefined {
  const hasA = has(record, a) && record[a] !== undefined;
  const hasB = has(record, b) && record[b] !== undefined;
  if (hasA && hasB) return fail(`${path} has both ${a} and ${b}; use one`);
  if (required && !hasA && !hasB) return fail(`${path} needs ${a} or ${b}`);
  return hasA ? 'a' : hasB ? 'b' : undefined;
}

function parseStatement(value: unknown, path: string, policyVariables: boolean): Statement {
  if (!isRecord(value)) return fail(`${path} must be an object`);
  const effect = value['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') return fail(`${path}.Effect must be "Allow" or "Deny"`);
  const sid = value['Sid'];
  if (sid !== undefined && typeof sid !== 'string') return fail(`${path}.Sid must be a string`);

  const action = pair(value, path, 'Action', 'NotAction', true);
  const resource = pair(value, path, 'Resource', 'NotResource', false);
  const principal = pair(value, path, 'Principal', 'NotPrincipal', false);

  const statement: { -readonly [K in keyof Statement]: Statement[K] } = {
    effect: effect satisfies Effect,
    conditions: parseConditions(value['Condition'], `${path}.Condition`),
    policyVariables,
  };
  if (sid !== undefined) statement.sid = sid;
  if (action === 'a') statement.actions = stringList(value['Action'], `${path}.Action`);
  if (action === 'b') statement.notActions = stringList(value['NotAction'], `${path}.NotAction`);
  if (resource === 'a') statement.resources = stringList(value['Resource'], `${path}.Resource`);
  if (resource === 'b') statement.notResources = stringList(value['NotResource'], `${path}.NotResource`);
  if (principal === 'a') statement.principals = parsePrincipal(value['Principal'], `${path}.Principal`);
  if (principal === 'b')
    statement.notPrincipals = parsePrincipal(value['NotPrincipal'], `${path}.NotPrincipal`);
  return statement;
}

function parseDocument(value: unknown): PolicyDocument {
  if (!isRecord(value)) return fail('Policy must be a JSON object with a "Statement" element');
  const version = value['Version'];
  if (version !== undefined && typeof version !== 'string') return fail('Version must be a string');
  const id = value['Id'];
  if (id !== undefined && typeof id !== 'string') return fail('Id must be a string');
  if (!has(value, 'Statement') || value['Statement'] === undefined)
    return fail('Policy has no "Statement" element');
  const raw = value['Statement'];
  // IAM substitutes ${...} policy variables only under the 2012-10-17 language version.
  const variables = version === '2012-10-17';
  let statements: Statement[];
  if (Array.isArray(raw)) statements = raw.map((s, i) => parseStatement(s, `Statement[${i}]`, variables));
  else if (isRecord(raw)) statements = [parseStatement(raw, 'Statement', variables)];
  else return fail('Statement must be an object or an array of objects');
  return {
    ...(version !== undefined ? { version } : {}),
    ...(id !== undefined ? { id } : {}),
    statements,
  };
}

/** What AWS says about a policy that carries comments; parsePolicy reports it as a warning. */
export const COMMENTS_WARNING = 'the policy contains comments, which AWS rejects (MalformedPolicyDocument)';

/**
 * Blanks `//` and `/* *\/` comments that sit outside JSON strings, keeping every newline so line
 * numbers in a later error still point at the author's line. Returns undefined when there are none.
 */
export function stripJsonComments(text: string): string | undefined {
  let out = '';
  let found = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      // Copy the string through its closing quote, honouring backslash escapes.
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      out += ' '.repeat(stop - i);
      found = true;
      i = stop;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      // An unterminated block comment is left alone: JSON.parse then reports the original error.
      if (end < 0) return undefined;
      out += text.slice(i, end + 2).replace(/[^\n]/g, ' ');
      found = true;
      i = end + 2;
    } else {
      out += ch;
      i += 1;
    }
  }
  return found ? out : undefined;
}

/**
 * Documents RootGuard rendered to JSON itself (`data "aws_iam_policy_document"`), by their text:
 * a rule reading such a text moments later gets the document back instead of parsing it again
 * (rendered policies are most of the JSON a large estate's rules read). An entry is taken on
 * first read, and only the latest ones are kept, so the table stays small.
 */
const renderedDocuments = new Map<string, unknown>();
const MAX_RENDERED = 1024;

/**
 * Records that `text` is `JSON.stringify(document)`. The caller must not change `document`
 * afterwards; properties it holds as undefined read as absent, exactly as in the text.
 */
export function rememberRenderedPolicy(text: string, document: unknown): void {
  if (renderedDocuments.size >= MAX_RENDERED) {
    const oldest = renderedDocuments.keys().next();
    if (oldest.done !== true) renderedDocuments.delete(oldest.value);
  }
  renderedDocuments.set(text, document);
}

function takeRendered(text: string): unknown {
  const document = renderedDocuments.get(text);
  if (document !== undefined) renderedDocuments.delete(text);
  return document;
}

/** A parsed policy, with what AWS would still object to in the way it was written. */
export type ParsedPolicy = Extract<ParseResult, { ok: true }> & {
  /** Present only when there is something to say; the policy is judged as if it were clean. */
  readonly warnings?: readonly string[];
};

/**
 * Parses a policy from JSON text or an already-parsed value.
 *
 * Text that is not strict JSON only because of `//` or `/* *\/` comments (as in some published
 * AWS samples) is read anyway, so the rules can still judge what it says, and comes back with
 * `warnings: [COMMENTS_WARNING]`: AWS rejects such a document when it is applied.
 */
export function parsePolicy(input: unknown): ParsedPolicy | Extract<ParseResult, { ok: false }> {
  let value: unknown = input;
  const warnings: string[] = [];
  const rendered = typeof input === 'string' ? takeRendered(input) : undefined;
  if (rendered !== undefined) value = rendered;
  else if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    try {
      value = JSON.parse(text) as unknown;
    } catch (e) {
      const error = `Policy is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
      const stripped = stripJsonComments(text);
      if (stripped === undefined) return { ok: false, error };
      try {
        value = JSON.parse(stripped) as unknown;
      } catch {
        // Still not JSON without its comments: the first error is the one the author needs.
        return { ok: false, error };
      }
      warnings.push(COMMENTS_WARNING);
    }
  }
  try {
    const policy = parseDocument(value);
    return warnings.length > 0 ? { ok: true, policy, warnings } : { ok: true, policy };
  } catch (e) {
    if (e instanceof PolicyError) return { ok: false, error: e.message };
    // Anything else (a getter throwing, a proxy) is still a malformed input, not a crash.
    return { ok: false, error: `Policy could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}
