/**
 * Condition evaluation with IAM's documented rules for missing keys and multi-valued keys.
 *
 * - Values listed for one key are OR-ed; a negated operator is the complement of its positive
 *   form (StringNotEquals [a, b] holds when the value is neither a nor b).
 * - Missing key: positive operators fail, negated operators hold, `...IfExists` holds,
 *   `ForAllValues:` holds (vacuously), `ForAnyValue:` fails (it ignores IfExists), `Null` tests it.
 * - Unknown key (the request does not say): `depends`, unless the condition holds whatever the
 *   key holds (a tautology such as `StringLikeIfExists: {k: "*"}`).
 */
import { Buffer } from 'node:buffer';
import { arnMatch } from './arn.js';
import type { Lookup } from './context.js';
import { cidrContains } from './ip.js';
import { operatorSpec, type OperatorSpec } from './operators.js';
import { matchesEverything, matchPattern } from './pattern.js';
import { and3, not3, or3, tri } from './tri.js';
import type { Condition, Tri } from './types.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parseNumber(text: string): number | undefined {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : undefined;
}

/** ISO 8601 or epoch seconds, as IAM's Date operators accept. */
function parseDate(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1000;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : ms;
}

function compareOrdered(spec: OperatorSpec, policy: number | undefined, request: number | undefined): Tri {
  if (policy === undefined || request === undefined) return 'no';
  switch (spec.comparison) {
    case 'eq':
      return tri(request === policy);
    case 'lt':
      return tri(request < policy);
    case 'lte':
      return tri(request <= policy);
    case 'gt':
      return tri(request > policy);
    case 'gte':
      return tri(request >= policy);
  }
}

function normaliseBase64(text: string): string {
  return Buffer.from(text.trim(), 'base64').toString('base64');
}

/** The positive comparison of one policy value against one request value. */
function compareOne(
  spec: OperatorSpec,
  policy: string,
  request: string,
  lookup: Lookup,
  variables: boolean,
): Tri {
  switch (spec.family) {
    case 'string':
      return matchPattern(policy, request, lookup, { wildcards: false, variables });
    case 'string-ignore-case':
      return matchPattern(policy, request, lookup, { wildcards: false, variables, ignoreCase: true });
    case 'like':
      return matchPattern(policy, request, lookup, { wildcards: true, variables });
    case 'arn':
      return arnMatch(policy, request, lookup, variables);
    case 'numeric':
      return compareOrdered(spec, parseNumber(policy), parseNumber(request));
    case 'date':
      return compareOrdered(spec, parseDate(policy), parseDate(request));
    case 'bool':
      return tri(policy.trim().toLowerCase() === request.trim().toLowerCase());
    case 'binary':
      return tri(normaliseBase64(policy) === normaliseBase64(request));
    case 'ip':
      return tri(cidrContains(policy, request));
    case 'null':
      return 'no'; // handled before per-value comparison
  }
}

/** Does one request value satisfy the operator (values OR-ed; negation applied)? */
function satisfies(
  spec: OperatorSpec,
  cond: Condition,
  request: string,
  lookup: Lookup,
  variables: boolean,
): Tri {
  const positive = or3(cond.values.map((v) => compareOne(spec, v, request, lookup, variables)));
  return spec.negated ? not3(positive) : positive;
}

function evalNull(cond: Condition, lookup: Lookup): Tri {
  const state = lookup(cond.key);
  const wantsMissing = cond.values.map((v) => v.trim().toLowerCase() === 'true');
  if (state.state === 'unknown') {
    // "Null": {"k": ["true", "false"]} holds whatever the request says.
    return wantsMissing.includes(true) && wantsMissing.includes(false) ? 'yes' : 'depends';
  }
  const missing = state.state === 'missing' || state.values.length === 0;
  return tri(wantsMissing.some((w) => w === missing));
}

/** True when the condition holds for any present value: a Like operator with a pure `*` value. */
function holdsForAnyPresentValue(spec: OperatorSpec, cond: Condition): boolean {
  return spec.family === 'like' && !spec.negated && cond.values.some(matchesEverything);
}

function whenMissing(spec: OperatorSpec, cond: Condition): Tri {
  if (cond.setOperator === 'ForAllValues') return 'yes';
  if (cond.setOperator === 'ForAnyValue') return 'no';
  return tri(cond.ifExists || spec.negated);
}

export function evalCondition(cond: Condition, lookup: Lookup, variables = true): Tri {
  const spec = operatorSpec(cond.operator);
  if (!spec) return 'depends'; // not an operator IAM knows: no honest answer
  if (spec.family === 'null') return evalNull(cond, lookup);

  const state = lookup(cond.key);
  if (state.state === 'unknown') {
    return holdsForAnyPresentValue(spec, cond) && whenMissing(spec, cond) === 'yes' ? 'yes' : 'depends';
  }
  if (state.state === 'missing' || state.values.length === 0) return whenMissing(spec, cond);

  const perValue = state.values.map((v) => satisfies(spec, cond, v, lookup, variables));
  switch (cond.setOperator) {
    case 'ForAllValues':
      return and3(perValue);
    case 'ForAnyValue':
      return or3(perValue);
    default: {
      // A single-valued operator on several request values: the positive form matches if any
      // value does; the negated form is its complement (no value matches).
      const positive = or3(
        state.values.map((v) => or3(cond.values.map((p) => compareOne(spec, p, v, lookup, variables)))),
      );
      return spec.negated ? not3(positive) : positive;
    }
  }
}
