import { rememberRenderedPolicy } from '../model/policy.js';
import { Unknown, containsUnknown, isObject, type Value, type ValueObject } from '../model/value.js';

/**
 * Renders `data "aws_iam_policy_document"` to the JSON the AWS provider produces (its `json` and
 * `minified_json` attributes), so that `data.aws_iam_policy_document.x.json` can be judged like a
 * literal policy. Anything unknown makes the whole document Unknown: a half-known policy must not
 * be judged as if complete.
 */
export function policyDocumentAttributes(values: ValueObject, address: string): Value {
  const doc = documentOf(values, address);
  if (doc instanceof Unknown) return doc;
  const json = JSON.stringify(doc, null, 2);
  rememberRenderedPolicy(json, doc);
  const attributes: ValueObject = { json };
  Object.defineProperty(attributes, 'minified_json', MINIFIED_JSON);
  return attributes;
}

/**
 * minified_json is rarely read: written from `json` when it is, so the document itself is not
 * kept alive for it (re-serialising parsed JSON gives exactly JSON.stringify of the original).
 * One getter shared by every document: a getter written in each object literal is a new closure
 * per object, which puts every one of them in dictionary mode.
 */
const minifiedOf = new WeakMap<object, string>();
const MINIFIED_JSON: PropertyDescriptor & ThisType<{ readonly json: string }> = {
  get(): string {
    let minified = minifiedOf.get(this);
    if (minified === undefined) {
      minified = JSON.stringify(JSON.parse(this.json));
      minifiedOf.set(this, minified);
    }
    return minified;
  },
  enumerable: true,
  configurable: true,
};

/** A statement of the document: rendered from a block, read from a source document, or unknown. */
type Statement = RenderedStatement | ValueObject | Unknown;
type Doc = { Version: string; Id?: string; Statement: Statement[] };

function documentOf(values: ValueObject, address: string): Doc | Unknown {
  const sources = [values.source_policy_documents, values.override_policy_documents];
  if (sources.some(containsUnknown)) {
    return new Unknown(
      `${address} merges policy documents that are not known statically`,
      collectRefs(values),
    );
  }
  const doc: Doc = {
    Version: typeof values.version === 'string' ? values.version : '2012-10-17',
    Statement: [],
  };
  if (typeof values.policy_id === 'string') doc.Id = values.policy_id;
  const bySid = new Map<string, number>();

  for (const source of listOf(values.source_policy_documents)) {
    const parsed = parseJsonPolicy(source);
    if (parsed instanceof Unknown) return parsed;
    for (const statement of parsed) mergeBySid(doc.Statement, bySid, statement);
  }
  for (const block of statementBlocks(values.statement))
    mergeBySid(doc.Statement, bySid, block instanceof Unknown ? block : renderStatement(block));
  for (const override of listOf(values.override_policy_documents)) {
    const parsed = parseJsonPolicy(override);
    if (parsed instanceof Unknown) return parsed;
    for (const statement of parsed) mergeBySid(doc.Statement, bySid, statement);
  }
  // Statements with unknown parts stay in the document as Unknowns: what is known can still be judged.
  if (doc.Statement.some(hasUnknown)) {
    const partial: ValueObject = { ...doc, Statement: doc.Statement.map(presentKeys) };
    return new Unknown(`${address} depends on values not known statically`, collectRefs(values), partial);
  }
  return doc;
}

/** Statement blocks, with a dynamic block that could not be expanded kept as an Unknown. */
function statementBlocks(value: Value | undefined): (ValueObject | Unknown)[] {
  if (value instanceof Unknown) return [value];
  if (Array.isArray(value))
    return value.filter((v): v is ValueObject | Unknown => v instanceof Unknown || isObject(v));
  return isObject(value) ? [value] : [];
}

/**
 * A statement with a Sid already present replaces it; others are appended (the provider's rule).
 * `bySid`: where each Sid is in `statements`, so that merging stays linear in their number.
 */
function mergeBySid(statements: Statement[], bySid: Map<string, number>, statement: Statement): void {
  const sid = statement instanceof Unknown ? undefined : statement.Sid;
  const hasSid = typeof sid === 'string' && sid !== '';
  const index = hasSid ? bySid.get(sid) : undefined;
  if (index !== undefined) {
    statements[index] = statement;
    return;
  }
  if (hasSid) bySid.set(sid, statements.length);
  statements.push(statement);
}

/**
 * A statement block as the provider renders it. Every key is present, in the provider's order,
 * absent ones as undefined (JSON.stringify leaves them out): objects of one shape, where adding
 * keys one by one gave each combination its own and made every store a slow one.
 */
function renderStatement(block: ValueObject): RenderedStatement {
  const sid =
    block.sid instanceof Unknown || (typeof block.sid === 'string' && block.sid !== '')
      ? block.sid
      : undefined;
  const effect =
    block.effect instanceof Unknown || (typeof block.effect === 'string' && block.effect !== '')
      ? block.effect
      : 'Allow';
  return {
    Sid: sid,
    Effect: effect,
    Action: renderList(block.actions, 'actions'),
    NotAction: renderList(block.not_actions, 'not_actions'),
    Resource: renderList(block.resources, 'resources'),
    NotResource: renderList(block.not_resources, 'not_resources'),
    Principal: renderPrincipalPart(block.principals, 'principals'),
    NotPrincipal: renderPrincipalPart(block.not_principals, 'not_principals'),
    Condition: renderConditions(block.condition),
  };
}

type RenderedStatement = Record<
  | 'Sid'
  | 'Effect'
  | 'Action'
  | 'NotAction'
  | 'Resource'
  | 'NotResource'
  | 'Principal'
  | 'NotPrincipal'
  | 'Condition',
  Value | undefined
>;

function hasUnknown(statement: Statement): boolean {
  if (statement instanceof Unknown) return true;
  return Object.values<Value | undefined>(statement).some(containsUnknown);
}

/** A statement without its absent keys, for a document that is handed on as a Value. */
function presentKeys(statement: Statement): ValueObject | Unknown {
  if (statement instanceof Unknown) return statement;
  const out: ValueObject = {};
  for (const [key, value] of Object.entries<Value | undefined>(statement)) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function renderConditions(value: Value | undefined): Value | undefined {
  if (containsUnknown(value)) return unknownPart(value, 'condition');
  const conditions: ValueObject = {};
  let any = false;
  for (const condition of blocks(value)) {
    const test = typeof condition.test === 'string' ? condition.test : '';
    const variable = typeof condition.variable === 'string' ? condition.variable : '';
    const existing = conditions[test];
    const byVariable: ValueObject = isObject(existing) ? existing : {};
    const previous = byVariable[variable];
    const merged = Array.isArray(previous)
      ? strings(previous)
      : typeof previous === 'string'
        ? [previous]
        : [];
    byVariable[variable] = scalarOrList(strings(condition.values, merged));
    conditions[test] = byVariable;
    any = true;
  }
  return any ? conditions : undefined;
}

/** `actions` and the like: an Unknown when any part is, else the provider's string or list. */
function renderList(value: Value | undefined, argument: string): Value | undefined {
  if (value === undefined) return undefined;
  if (containsUnknown(value)) return unknownPart(value, argument);
  const items = strings(value);
  return items.length > 0 ? scalarOrList(items) : undefined;
}

function renderPrincipalPart(value: Value | undefined, argument: string): Value | undefined {
  if (value === undefined) return undefined;
  if (containsUnknown(value)) return unknownPart(value, argument);
  return renderPrincipals(blocks(value));
}

function renderPrincipals(list: ValueObject[]): Value | undefined {
  if (list.length === 0) return undefined;
  const byType = new Map<string, string[]>();
  for (const p of list) {
    const type = typeof p.type === 'string' ? p.type : '';
    const ids = byType.get(type);
    if (ids) strings(p.identifiers, ids);
    else byType.set(type, strings(p.identifiers));
  }
  const wildcard = byType.get('*');
  if (byType.size === 1 && wildcard && wildcard.every((i) => i === '*')) return '*';
  const out: ValueObject = {};
  for (const [type, ids] of byType) out[type] = scalarOrList(ids);
  return out;
}

/** The provider writes a one-element list as a plain string. */
function scalarOrList(items: string[]): Value {
  return items.length === 1 ? (items[0] ?? '') : items;
}

/** Nested blocks come as arrays of objects (HCL) or a single object (.tf.json). */
export function blocks(value: Value | undefined): ValueObject[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** The strings of a list (numbers and bools converted, the rest dropped), appended to `into`. */
function strings(value: Value | undefined, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) {
    for (const v of value) {
      if (typeof v === 'string') into.push(v);
      else if (typeof v === 'number' || typeof v === 'boolean') into.push(String(v));
    }
  }
  return into;
}

function listOf(value: Value | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function parseJsonPolicy(text: string): ValueObject[] | Unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    const statement = (parsed as { Statement?: unknown }).Statement;
    const list = Array.isArray(statement) ? statement : statement !== undefined ? [statement] : [];
    return list.filter((s): s is ValueObject => typeof s === 'object' && s !== null && !Array.isArray(s));
  } catch {
    return new Unknown('a source or override policy document is not valid JSON');
  }
}

function unknownPart(value: Value | undefined, what: string): Unknown {
  const refs = value === undefined ? [] : collectRefs(value);
  return value instanceof Unknown ? value : new Unknown(`${what} is not known statically`, refs);
}

function collectRefs(value: Value): Unknown['refs'] {
  if (value instanceof Unknown) return value.refs;
  if (Array.isArray(value)) return value.flatMap(collectRefs);
  if (isObject(value)) return Object.values(value).flatMap(collectRefs);
  return [];
}
