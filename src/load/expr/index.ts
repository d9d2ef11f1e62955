/**
 * HCL2 expression engine: parses and evaluates the template strings @cdktf/hcl2json produces
 * for non-literal attribute values, with Terraform semantics and explicit Unknowns.
 */
import { Unknown } from '../../model/value.js';
import type { Value } from '../../model/value.js';
import { evaluate } from './evaluate.js';
import { parseTemplateCached } from './parser.js';
import type { Scope } from './scope.js';

export type * from './ast.js';
export { isParseError } from './ast.js';
export { evaluate, referenceUnknown } from './evaluate.js';
export { isSupportedFunction } from './functions.js';
export { formatNumber, jsonEncode } from './json.js';
export { parseExpression, parseExpressionOrError, parseTemplate } from './parser.js';
export { references } from './references.js';
export type { Scope, StaticScopeInit } from './scope.js';
export { staticScope } from './scope.js';

/**
 * The loader's entry point: an hcl2json string value to its Terraform value. A string with no
 * `${` or `%{` is returned as is; a template that is exactly one `${expr}` yields the
 * expression's value unconverted; anything else yields a string, or an Unknown. Never throws.
 */
export function evaluateTemplateString(text: string, scope: Scope): Value {
  // Both escapes ($${ and %%{) contain the sequence they escape, so this test covers them too.
  if (!text.includes('${') && !text.includes('%{')) return text;
  const template = parseTemplateCached(text);
  if (template.kind !== 'template') {
    return new Unknown(`syntax error at ${template.line}:${template.column}: ${template.message}`);
  }
  return evaluate(template, scope);
}
