/** The IAM condition operators, by name, and how each compares. */
import type { SetOperator } from './types.js';

export type OperatorFamily =
  'string' | 'string-ignore-case' | 'like' | 'arn' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'null';

export type Comparison = 'eq' | 'lt' | 'lte' | 'gt' | 'gte';

export interface OperatorSpec {
  readonly name: string;
  readonly family: OperatorFamily;
  /**
   * Negated operators (StringNotEquals, ArnNotLike, NotIpAddress...) are the complement of their
   * positive form, including for a missing key: the positive form is false, so the negated one is true.
   */
  readonly negated: boolean;
  readonly comparison: Comparison;
}

const SPECS: OperatorSpec[] = [];
function add(name: string, family: OperatorFamily, negated = false, comparison: Comparison = 'eq'): void {
  SPECS.push({ name, family, negated, comparison });
}

add('StringEquals', 'string');
add('StringNotEquals', 'string', true);
add('StringEqualsIgnoreCase', 'string-ignore-case');
add('StringNotEqualsIgnoreCase', 'string-ignore-case', true);
add('StringLike', 'like');
add('StringNotLike', 'like', true);
add('ArnEquals', 'arn');
add('ArnLike', 'arn');
add('ArnNotEquals', 'arn', true);
add('ArnNotLike', 'arn', true);
for (const family of ['numeric', 'date'] as const) {
  const prefix = family === 'numeric' ? 'Numeric' : 'Date';
  add(`${prefix}Equals`, family);
  add(`${prefix}NotEquals`, family, true);
  add(`${prefix}LessThan`, family, false, 'lt');
  add(`${prefix}LessThanEquals`, family, false, 'lte');
  add(`${prefix}GreaterThan`, family, false, 'gt');
  add(`${prefix}GreaterThanEquals`, family, false, 'gte');
}
add('Bool', 'bool');
add('BinaryEquals', 'binary');
add('IpAddress', 'ip');
add('NotIpAddress', 'ip', true);
add('Null', 'null');

const BY_LOWER_NAME = new Map(SPECS.map((s) => [s.name.toLowerCase(), s]));

export function operatorSpec(name: string): OperatorSpec | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}

export interface ParsedOperator {
  readonly spec: OperatorSpec;
  readonly ifExists: boolean;
  readonly setOperator?: SetOperator;
}

/** Splits `ForAnyValue:StringLikeIfExists` (any capitalisation) into its parts; undefined if unknown. */
export function parseOperator(raw: string): ParsedOperator | undefined {
  let rest = raw.trim();
  let setOperator: SetOperator | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    if (prefix === 'foranyvalue') setOperator = 'ForAnyValue';
    else if (prefix === 'forallvalues') setOperator = 'ForAllValues';
    else return undefined;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith('ifexists')) {
    ifExists = true;
    rest = rest.slice(0, -'ifexists'.length);
  }
  const spec = operatorSpec(rest);
  if (!spec) return undefined;
  return setOperator ? { spec, ifExists, setOperator } : { spec, ifExists };
}
