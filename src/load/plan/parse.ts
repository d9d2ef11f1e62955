/**
 * JSON text to a plan document, or an error that says what the file is instead. Node's own
 * JSON.parse messages quote the file's text around the error, which may be a secret: errors
 * here are built from an offset alone.
 */
import { isJsonObject, type PlanJson } from './format.js';
import { jsonErrorOffset, lineAt } from '../json-error.js';

export type ParseOutcome = { readonly plan: PlanJson } | { readonly error: string; readonly line?: number };
export type PlanError = { readonly error: string; readonly line?: number };

const SHOW_HINT = 'expected the output of "terraform show -json <planfile>"';

export function parsePlanJson(text: string): ParseOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return notJson(text);
  }
  if (!isJsonObject(data)) return notAnObject();
  const shape = planShapeError((key) => key in data);
  return shape === undefined ? { plan: data as PlanJson } : { error: shape };
}

export function notAnObject(): PlanError {
  return { error: `not a Terraform plan: the JSON is not an object; ${SHOW_HINT}` };
}

export const EMPTY_PLAN_ERROR = 'not a Terraform plan: the file is empty';

/** Why a JSON object with these top-level keys is not a plan, or undefined when it is one. */
export function planShapeError(has: (key: string) => boolean): string | undefined {
  if (has('resource_changes') || has('planned_values') || (has('configuration') && has('format_version'))) {
    return undefined;
  }
  if (has('values') && has('format_version')) {
    return `not a Terraform plan: this is Terraform state ("terraform show -json" without a plan file); run "terraform plan -out=tfplan" and "terraform show -json tfplan"`;
  }
  if (has('resource') || has('provider') || has('terraform') || has('module')) {
    return `not a Terraform plan: this looks like Terraform JSON configuration (.tf.json); ${SHOW_HINT}`;
  }
  return `not a Terraform plan: no format_version, planned_values or resource_changes; ${SHOW_HINT}`;
}

/** Where JSON.parse gave up, found again from the text's offsets (never its content). */
function notJson(text: string): PlanError {
  const offset = jsonErrorOffset(text);
  const position =
    offset === undefined
      ? undefined
      : {
          atEnd: offset >= text.length,
          line: lineAt(text, offset),
          column: offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1,
        };
  return notJsonError(position, text);
}

/**
 * The error for text that is not JSON, at a position (undefined: nested too deep to find it).
 * `head` is the start of the file: enough to recognise what people hand over by mistake.
 */
export function notJsonError(
  position: { readonly atEnd: boolean; readonly line: number; readonly column: number } | undefined,
  head: string,
  empty = head.trim() === '',
): PlanError {
  const newline = head.indexOf('\n');
  const firstLine = (newline < 0 ? head : head.slice(0, newline)).trim();
  if (firstLine.startsWith('{') && /"@level"\s*:/.test(firstLine)) {
    return {
      error: `not a Terraform plan: this is the log of "terraform plan -json" (one JSON message a line); save the plan with "terraform plan -out=tfplan" and run "terraform show -json tfplan"`,
      line: 1,
    };
  }
  const trimmed = head.trimStart();
  if (empty) return { error: EMPTY_PLAN_ERROR };
  const what =
    position === undefined
      ? 'syntax error'
      : position.atEnd
        ? 'unexpected end of input'
        : 'unexpected character';
  const where = position === undefined ? '' : ` at line ${position.line}, column ${position.column}`;
  const hint = /^(Error|Warning|╷|│)/.test(trimmed) ? ' (it looks like Terraform error output)' : '';
  return {
    error: `not valid JSON${hint}: ${what}${where}; ${SHOW_HINT}`,
    ...(position !== undefined ? { line: position.line } : {}),
  };
}
