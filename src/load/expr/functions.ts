/**
 * The built-in function table. `try`, `can`, `templatefile` and `templatestring` are not here: they need the
 * evaluator itself (lazy arguments, a fresh template scope) and live in evaluate.ts.
 * Any name missing from this table evaluates to an Unknown `unsupported function "name"`.
 */
import type { FnDef } from './fn-args.js';
import { AWS_PROVIDER_FUNCTIONS } from './fn-aws-provider.js';
import { COLLECTION_FUNCTIONS } from './fn-collections.js';
import { CSV_FUNCTIONS } from './fn-csv.js';
import { ENCODING_FUNCTIONS } from './fn-encoding.js';
import { FILE_FUNCTIONS } from './fn-files.js';
import { FORMAT_FUNCTIONS } from './fn-format.js';
import { NETWORK_FUNCTIONS } from './fn-network.js';
import { NUMERIC_FUNCTIONS } from './fn-numeric.js';
import { STRING_FUNCTIONS } from './fn-strings.js';
import { TIME_FUNCTIONS } from './fn-time.js';
import { YAML_FUNCTIONS } from './fn-yaml.js';

export type { FnContext, FnDef } from './fn-args.js';

export const FUNCTIONS: ReadonlyMap<string, FnDef> = new Map(
  Object.entries({
    ...COLLECTION_FUNCTIONS,
    ...STRING_FUNCTIONS,
    ...FORMAT_FUNCTIONS,
    ...NUMERIC_FUNCTIONS,
    ...ENCODING_FUNCTIONS,
    ...CSV_FUNCTIONS,
    ...NETWORK_FUNCTIONS,
    ...AWS_PROVIDER_FUNCTIONS,
    ...FILE_FUNCTIONS,
    ...YAML_FUNCTIONS,
    ...TIME_FUNCTIONS,
  }),
);

/** Names handled by the evaluator rather than the table. */
export const SPECIAL_FUNCTIONS: ReadonlySet<string> = new Set([
  'try',
  'can',
  'templatefile',
  'templatestring',
]);

export function isSupportedFunction(name: string): boolean {
  return FUNCTIONS.has(name) || SPECIAL_FUNCTIONS.has(name);
}
