import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FailOn, ScanError, Severity } from './model/finding.js';

export const CONFIG_FILE_NAMES = ['.rootguard.yml', '.rootguard.yaml'];

export interface IgnoreEntry {
  readonly rule: string;
  readonly resource?: string;
  readonly path?: string;
  readonly reason: string;
  readonly expires?: string;
  /** Where the entry is written, for messages about it. */
  readonly line?: number;
}

export interface Config {
  /** Display path of the file, when one was read. */
  readonly file?: string;
  readonly scope?: 'auto' | 'organization' | 'workload';
  readonly managementAccountId?: string;
  readonly failOn?: FailOn;
  readonly disabledRules: ReadonlySet<string>;
  readonly severityOverrides: ReadonlyMap<string, Severity>;
  readonly exclude: readonly string[];
  readonly ignore: readonly IgnoreEntry[];
}

export const EMPTY_CONFIG: Config = {
  disabledRules: new Set(),
  severityOverrides: new Map(),
  exclude: [],
  ignore: [],
};

export type ConfigOutcome = { ok: true; config: Config } | { ok: false; errors: ScanError[] };

/** Reads `--config FILE`, or `.rootguard.yml` in the working directory when there is one. */
export async function loadConfig(
  explicit: string | undefined,
  cwd: string,
  ruleIds: readonly string[],
): Promise<ConfigOutcome> {
  const candidates = explicit !== undefined ? [explicit] : CONFIG_FILE_NAMES;
  for (const candidate of candidates) {
    const file = path.resolve(cwd, candidate);
    const display = path.relative(cwd, file).split(path.sep).join('/');
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      if (explicit === undefined && (e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return {
        ok: false,
        errors: [{ file: display, message: `cannot read config: ${(e as Error).message}` }],
      };
    }
    // zod and js-yaml load only when there is a config file: most scans have none, and start-up matters.
    const { parseConfig } = await import('./config-parse.js');
    return parseConfig(text, display, ruleIds);
  }
  return { ok: true, config: EMPTY_CONFIG };
}

/** Compiled patterns: the same few are matched against every file and every finding. */
const compiledGlobs = new Map<string, { readonly whole: RegExp; readonly under: RegExp }>();
const MAX_COMPILED_GLOBS = 1024;

/** Minimal glob: `**` any path, `*` within a segment, `?` one character. */
export function globMatches(pattern: string, text: string): boolean {
  let compiled = compiledGlobs.get(pattern);
  if (compiled === undefined) {
    if (compiledGlobs.size >= MAX_COMPILED_GLOBS) compiledGlobs.clear();
    compiled = compileGlob(pattern);
    compiledGlobs.set(pattern, compiled);
  }
  return compiled.whole.test(text) || compiled.under.test(text);
}

function compileGlob(pattern: string): { whole: RegExp; under: RegExp } {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const normalised = pattern.endsWith('/') ? `${re}.*` : re;
  return { whole: new RegExp(`^${normalised}$`), under: new RegExp(`^${normalised}/`) };
}
