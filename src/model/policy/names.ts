/**
 * Unknowns that cannot change what a policy means. A statement's Sid and a document's Id only name
 * them: IAM never reads either when it evaluates a request. A Sid that is not known statically
 * (`sid = "Deny${aws_s3_bucket.x.id}"`) must not hide a statement that is otherwise fully known,
 * so it is dropped before the statement is judged.
 */
import { Unknown, containsUnknown, isObject, type Value, type ValueObject } from '../value.js';

/**
 * The policy with unknown names dropped: a plain document when nothing else was unknown, an
 * Unknown with the narrowed document when something else still is, and anything that is not a
 * partly known document as it was.
 */
export function settleUnknownNames(policy: Value | undefined): Value | undefined {
  if (!(policy instanceof Unknown) || !isObject(policy.partial)) return policy;
  const document = withoutUnknownNames(policy.partial);
  if (document === policy.partial) return policy;
  return containsUnknown(document) ? new Unknown(policy.reason, policy.refs, document) : document;
}

function withoutUnknownNames(document: ValueObject): ValueObject {
  const statement = document.Statement;
  const statements =
    statement === undefined
      ? undefined
      : Array.isArray(statement)
        ? statement.map(withoutUnknownSid)
        : withoutUnknownSid(statement);
  const statementsChanged = Array.isArray(statement)
    ? (statements as Value[]).some((s, i) => s !== statement[i])
    : statements !== statement;
  const idUnknown = containsUnknown(document.Id);
  if (!statementsChanged && !idUnknown) return document;
  const settled: ValueObject = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === 'Id' && idUnknown) continue;
    settled[key] = key === 'Statement' && statements !== undefined ? statements : value;
  }
  return settled;
}

function withoutUnknownSid(statement: Value): Value {
  if (!isObject(statement) || !containsUnknown(statement.Sid)) return statement;
  const { Sid: _sid, ...rest } = statement;
  return rest;
}
