/**
 * JSON text to a plan document, or an error that says what the file is instead. Node's own
 * JSON.parse messages quote the file's text around the error, which may be a secret: errors
 * here are built from an offset alone.
 */
import { isJsonObject, type PlanJson } from './format.js';
import { jsonErrorOffset, lineAt } from '../json-error.js';

export type ParseOutcome = { readonly plan: PlanJson } | { readonly error: string; readonly line?: number };

const SHOW_HINT = 'expected the output of "terraform show -json <planfile>"';

export function parsePlanJson(text: string): ParseOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return notJson(text);
  }
  if (!isJsonObject(data)) return { error: `not a Terraform plan: the JSON is not an object; ${SHOW_HINT}` };
  if (
    'resource_changes' in data ||
    'planned_values' in data ||
    ('configuration' in data && 'format_version' in data)
  ) {
    return { plan: data as PlanJson };
  }
  if ('values' in data && 'format_version' in data) {
    return {
      error: `not a Terraform plan: this is Terraform state ("terraform show -json" without a plan file); run "terraform plan -out=tfplan" and "terraform show -json tfplan"`,
    };
  }
  if ('resource' in data || 'provider' in data || 'terraform' in data || 'module' in data) {
    return {
      error: `not a Terraform plan: this looks like Terraform JSON configuration (.tf.json); ${SHOW_HINT}`,
    };
  }
  return {
    error: `not a Terraform plan: no format_version, planned_values or resource_changes; ${SHOW_HINT}`,
  };
}

function notJson(text: string): ParseOutcome {
  const newline = text.indexOf('\n');
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
  if (firstLine.startsWith('{') && /"@level"\s*:/.test(firstLine)) {
    return {
      error: `not a Terraform plan: this is the log of "terraform plan -json" (one JSON message a line); save the plan with "terraform plan -out=tfplan" and run "terraform show -json tfplan"`,
      line: 1,
    };
  }
  const offset = jsonErrorOffset(text);
  const trimmed = text.trimStart();
  if (trimmed === '') return { error: 'not a Terraform plan: the file is empty' };
  const what =
    offset === undefined
      ? 'syntax error'
      : offset >= text.length
        ? 'unexpected end of input'
        : 'unexpected character';
  const column = offset === undefined ? undefined : offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
  const where = offset === undefined ? '' : ` at line ${lineAt(text, offset)}, column ${column}`;
  const hint = /^(Error|Warning|╷|│)/.test(trimmed) ? ' (it looks like Terraform error output)' : '';
  return {
    error: `not valid JSON${hint}: ${what}${where}; ${SHOW_HINT}`,
    ...(offset !== undefined ? { line: lineAt(text, offset) } : {}),
  };
}
