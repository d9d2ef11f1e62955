import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ScanError } from '../model/finding.js';
import type { Value } from '../model/value.js';
import { errorText } from './files.js';
import { describeJsonError } from './json-error.js';
import { decodeSource, parseSource, type RawValue } from './hcl.js';
import { evaluateRaw } from './module.js';
import type { Scope } from './expr/scope.js';

/** tfvars hold constant values: nothing in them may refer to anything. */
const CONSTANT_SCOPE: Scope = {
  modulePrefix: '',
  variable: () => undefined,
  local: () => undefined,
  path: () => undefined,
  resource: () => undefined,
  readFile: () => undefined,
};

export interface VariableSources {
  /** `--var-file` paths, in command-line order (relative to cwd). */
  readonly varFiles?: readonly string[];
  /** `--var name=value`, in command-line order. */
  readonly vars?: readonly string[];
}

/** A `--var-file` that cannot be read is an input error even when no root module would read it. */
export async function checkVarFiles(sources: VariableSources, cwd: string): Promise<ScanError[]> {
  const errors: ScanError[] = [];
  for (const file of sources.varFiles ?? []) {
    try {
      await fs.access(path.resolve(cwd, file));
    } catch (e) {
      const display = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
      errors.push({ file: display, message: `var file cannot be read: ${errorText(e)}` });
    }
  }
  return errors;
}

/**
 * The values of a root module's variables in Terraform's precedence order, lowest first:
 * terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical order, then
 * -var-file and -var in command-line order. (TF_VAR_ environment variables are not read:
 * a scan must not depend on the shell it runs in.)
 */
export async function rootVariables(
  dir: string,
  sources: VariableSources,
  cwd: string,
  errors: ScanError[],
): Promise<Map<string, Value>> {
  const values = new Map<string, Value>();
  let entries: string[] = [];
  try {
    entries = await fs.readdir(dir);
  } catch {
    // An unreadable directory was already reported by discovery.
  }
  const auto = entries.filter((e) => e.endsWith('.auto.tfvars') || e.endsWith('.auto.tfvars.json')).sort();
  const implicit = ['terraform.tfvars', 'terraform.tfvars.json'].filter((e) => entries.includes(e));
  for (const file of [...implicit, ...auto]) await mergeFile(path.join(dir, file), values, cwd, errors);
  for (const file of sources.varFiles ?? [])
    await mergeFile(path.resolve(cwd, file), values, cwd, errors, true);
  for (const assignment of sources.vars ?? []) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) {
      errors.push({ file: '(--var)', message: `--var must be name=value (got "${assignment}")` });
      continue;
    }
    values.set(assignment.slice(0, eq).trim(), await parseVarValue(assignment.slice(eq + 1)));
  }
  return values;
}

async function mergeFile(
  file: string,
  into: Map<string, Value>,
  cwd: string,
  errors: ScanError[],
  explicit = false,
): Promise<void> {
  const display = path.relative(cwd, file).split(path.sep).join('/');
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch (e) {
    // An unreadable --var-file is reported once, up front, by checkVarFiles.
    if (!explicit) errors.push({ file: display, message: `cannot be read: ${errorText(e)}` });
    return;
  }
  const decoded = decodeSource(buffer);
  if ('error' in decoded) {
    errors.push({
      file: display,
      message: decoded.error,
      ...(decoded.line !== undefined ? { line: decoded.line } : {}),
    });
    return;
  }
  const raw = await parseVariableFile(decoded.text, file, display);
  if ('error' in raw) {
    errors.push(raw.error);
    return;
  }
  for (const [name, value] of Object.entries(raw.values)) into.set(name, evaluateRaw(value, CONSTANT_SCOPE));
}

async function parseVariableFile(
  text: string,
  file: string,
  display: string,
): Promise<{ values: Record<string, RawValue> } | { error: ScanError }> {
  if (file.endsWith('.json')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { error: { file: display, line: 1, message: 'a .tfvars.json file must hold a JSON object' } };
      }
      return { values: parsed as Record<string, RawValue> };
    } catch {
      // Built from the position only: the parser's message would quote the file (a secret, maybe).
      const { message, line } = describeJsonError(text);
      return {
        error: {
          file: display,
          ...(line !== undefined ? { line } : {}),
          message: `invalid JSON: ${message}`,
        },
      };
    }
  }
  // tfvars are HCL attributes at the top level; hcl2json returns them as a plain object.
  const outcome = await parseSource(text, file, display, { attributesOnly: true });
  if (!outcome.ok) return { error: outcome.error };
  return { values: outcome.attributes ?? {} };
}

/** `-var name=value`: the value is an HCL expression when it parses as one, else a string (as Terraform does). */
async function parseVarValue(text: string): Promise<Value> {
  const trimmed = text.trim();
  if (/^[[{"]|^-?\d|^(true|false|null)$/.test(trimmed)) {
    const outcome = await parseSource(`v = ${trimmed}\n`, '(--var)', '(--var)', { attributesOnly: true });
    const value = outcome.ok ? outcome.attributes?.v : undefined;
    if (value !== undefined) return evaluateRaw(value, CONSTANT_SCOPE);
  }
  return text;
}
