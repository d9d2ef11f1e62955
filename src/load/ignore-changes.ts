/**
 * `lifecycle { ignore_changes = [...] }`: an argument Terraform is told to ignore and that the
 * configuration leaves unset is managed outside it (the console, the CLI, another stack), so its
 * value is not known from the code. Such an argument reads as Unknown rather than as absent; an
 * argument that is set keeps its value, which is what Terraform applies when it creates the resource.
 */
import { Unknown, type ValueObject } from '../model/value.js';
import { hasKey } from './expr/convert.js';
import { parseExpression, type Expr } from './expr/index.js';
import { interpolatedText, isRawObject, type RawObject, type RawValue } from './hcl.js';

/** The top-level argument names a block's lifecycle ignores; 'all' when it ignores every one. */
export function ignoredArguments(body: RawObject): ReadonlySet<string> | 'all' | undefined {
  const lifecycle = Array.isArray(body.lifecycle) ? body.lifecycle : [body.lifecycle];
  const names = new Set<string>();
  for (const block of lifecycle) {
    if (!isRawObject(block) || block.ignore_changes === undefined) continue;
    const found = namesIn(block.ignore_changes);
    if (found === 'all') return 'all';
    for (const name of found) names.add(name);
  }
  return names.size > 0 ? names : undefined;
}

function namesIn(raw: RawValue): string[] | 'all' {
  // Terraform 0.11 wrote quoted names: ["tags"].
  if (Array.isArray(raw)) return raw.flatMap((item) => (typeof item === 'string' ? namesInText(item) : []));
  return typeof raw === 'string' ? namesInText(raw) : [];
}

function namesInText(text: string): string[] | 'all' {
  const inner = interpolatedText(text);
  if (inner === undefined) return [text];
  const expr = parseExpression(inner);
  if (expr.kind === 'variable' && expr.name === 'all') return 'all';
  const items = expr.kind === 'tuple' ? expr.items : [expr];
  return items.flatMap((item) => {
    const name = rootName(item);
    return name === undefined ? [] : [name];
  });
}

/** A whole argument; a path into one (`tags["x"]`) leaves the rest of it to the configuration. */
function rootName(expr: Expr): string | undefined {
  if (expr.kind === 'variable') return expr.name;
  if (expr.kind === 'literal' && typeof expr.value === 'string') return expr.value;
  return undefined;
}

/**
 * Under `ignore_changes = all`, the optional arguments of guardrail resources whose absence a
 * rule reads as a setting (no trusted access, no policy types, no features).
 */
const GUARDRAIL_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  aws_organizations_organization: ['aws_service_access_principals', 'enabled_policy_types', 'feature_set'],
  aws_iam_organizations_features: ['enabled_features'],
};

/** The values with every ignored argument the configuration leaves unset read as Unknown. */
export function markIgnoredUnset(
  values: ValueObject,
  ignored: ReadonlySet<string> | 'all',
  resourceType: string,
): ValueObject {
  const names = ignored === 'all' ? (GUARDRAIL_ARGUMENTS[resourceType] ?? []) : [...ignored];
  for (const name of names) {
    if (hasKey(values, name)) continue;
    values[name] = new Unknown(
      `${name} is not set here, and lifecycle ignore_changes leaves it to whatever manages it outside Terraform`,
    );
  }
  return values;
}
