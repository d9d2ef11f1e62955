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
  // minified_json is rarely read: written from `json` when it is, so the document itself is not
  // kept alive for it (re-serialising parsed JSON gives exactly JSON.stringify of the original).
  let minified: string | undefined;
  return {
    json,
    get minified_json() {
      return (minified ??= JSON.stringify(JSON.parse(json)));
    },
  };
}

type Doc = { Version: string; Id?: string; Statement: (ValueObject | Unknown)[] };

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

  for (const source of listOf(values.source_policy_documents)) {
    const parsed = parseJsonPolicy(source);
    if (parsed instanceof Unknown) return parsed;
    for (const statement of parsed) mergeBySid(doc.Statement, statement);
  }
  for (const block of statementBlocks(values.statement))
    mergeBySid(doc.Statement, block instanceof Unknown ? block : renderStatement(block));
  for (const override of listOf(values.override_policy_documents)) {
    const parsed = parseJsonPolicy(override);
    if (parsed instanceof Unknown) return parsed;
    for (const statement of parsed) mergeBySid(doc.Statement, statement);
  }
  // Statements with unknown parts stay in the document as Unknowns: what is known can still be judged.
  const rendered: ValueObject = { ...doc };
  if (containsUnknown(rendered)) {
    return new Unknown(`${address} depends on values not known statically`, collectRefs(values), rendered);
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

/** A statement with a Sid already present replaces it; others are appended (the provider's rule). */
function mergeBySid(statements: (ValueObject | Unknown)[], statement: ValueObject | Unknown): void {
  const sid = statement instanceof Unknown ? undefined : statement.Sid;
  const index =
    typeof sid === 'string' && sid !== ''
      ? statements.findIndex((s) => !(s instanceof Unknown) && s.Sid === sid)
      : -1;
  if (index >= 0) statements[index] = statement;
  else statements.push(statement);
}

function renderStatement(block: ValueObject): ValueObject {
  const out: ValueObject = {};
  if (block.sid instanceof Unknown) out.Sid = block.sid;
  else if (typeof block.sid === 'string' && block.sid !== '') out.Sid = block.sid;
  out.Effect =
    block.effect instanceof Unknown
      ? block.effect
      : typeof block.effect === 'string' && block.effect !== ''
        ? block.effect
        : 'Allow';
  // Written out, not looped over a table: static keys keep these objects on one shape.
  const action = renderList(block.actions, 'actions');
  if (action !== undefined) out.Action = action;
  const notAction = renderList(block.not_actions, 'not_actions');
  if (notAction !== undefined) out.NotAction = notAction;
  const resource = renderList(block.resources, 'resources');
  if (resource !== undefined) out.Resource = resource;
  const notResource = renderList(block.not_resources, 'not_resources');
  if (notResource !== undefined) out.NotResource = notResource;
  const principal = renderPrincipalPart(block.principals, 'principals');
  if (principal !== undefined) out.Principal = principal;
  const notPrincipal = renderPrincipalPart(block.not_principals, 'not_principals');
  if (notPrincipal !== undefined) out.NotPrincipal = notPrincipal;
  if (containsUnknown(block.condition)) {
    out.Condition = unknownPart(block.condition, 'condition');
    return out;
  }
  const conditions: ValueObject = {};
  let any = false;
  for (const condition of blocks(block.condition)) {
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
  if (any) out.Condition = conditions;
  return out;
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
