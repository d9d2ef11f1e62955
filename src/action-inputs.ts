import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { SEVERITIES, type FailOn } from './model/finding.js';

/** `comment: true` posts or updates always; `on-findings` posts only when there is something to say. */
export type CommentMode = 'always' | 'never' | 'on-findings';
export type LogFormat = 'text' | 'json';

export interface ActionInputs {
  /** Directories, files or globs of Terraform, as typed (globs are expanded later, against the checkout). */
  readonly paths: readonly string[];
  /** Globs of `terraform show -json` files. */
  readonly plans: readonly string[];
  readonly varFiles: readonly string[];
  readonly config: string;
  /** Undefined when not given: the config file's `fail-on` applies, else `high`. */
  readonly failOn?: FailOn;
  readonly format: LogFormat;
  readonly annotations: boolean;
  readonly comment: CommentMode;
  readonly summary: boolean;
  readonly sarifFile: string;
  readonly jsonFile: string;
  readonly githubToken: string;
  readonly liveCheck: boolean;
  readonly awsRegion: string;
  /** With live-check: each member account's root user through sts:AssumeRoot (off by default). */
  readonly auditMemberRootCredentials: boolean;
}

/** A bad input: the Action fails with this message (exit code 1, as the runner reports any failed step). */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Reads and checks every input. `get` is `core.getInput` in the Action; defaults are applied here too
 * because the runner applies action.yml defaults only when the Action runs under it, not under
 * `node dist/index.js` or a test.
 */
export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string, fallback = ''): string => get(name).trim() || fallback;
  return {
    paths: listOf(text('path', '.')),
    plans: listOf(text('plan')),
    varFiles: listOf(text('var-files')),
    config: text('config'),
    ...(text('fail-on')
      ? { failOn: oneOf('fail-on', text('fail-on').toLowerCase(), [...SEVERITIES, 'none'] as const) }
      : {}),
    format: oneOf('format', text('format', 'text').toLowerCase(), ['text', 'json'] as const),
    annotations: booleanOf('annotations', text('annotations', 'true')),
    comment: commentMode(text('comment', 'on-findings')),
    summary: booleanOf('summary', text('summary', 'true')),
    sarifFile: text('sarif-file'),
    jsonFile: text('json-file'),
    githubToken: text('github-token'),
    liveCheck: booleanOf('live-check', text('live-check', 'false')),
    awsRegion: text('aws-region'),
    auditMemberRootCredentials: booleanOf(
      'audit-member-root-credentials',
      text('audit-member-root-credentials', 'false'),
    ),
  };
}

/** Newline- or comma-separated lists, as multi-line YAML inputs arrive. */
export function listOf(value: string): string[] {
  const items: string[] = [];
  let current = '';
  let braces = 0;
  // A comma inside `{a,b}` belongs to the glob, not the list.
  for (const c of value) {
    if (c === '{') braces += 1;
    else if (c === '}' && braces > 0) braces -= 1;
    if (c === '\n' || (c === ',' && braces === 0)) {
      items.push(current);
      current = '';
      braces = 0;
    } else current += c;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

// The YAML 1.2 core-schema booleans, as core.getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function booleanOf(name: string, value: string): boolean {
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(`input ${name} must be true or false (got "${value}")`);
}

function commentMode(value: string): CommentMode {
  if (TRUE.includes(value)) return 'always';
  if (FALSE.includes(value)) return 'never';
  if (value.toLowerCase() === 'on-findings') return 'on-findings';
  throw new InputError(`input comment must be true, false or on-findings (got "${value}")`);
}

const GLOB_CHARS = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/**
 * Expands globs (`*`, `**`, `?`, `[abc]`, `{a,b}`) against `cwd`; plain paths pass through untouched so
 * the scanner reports a missing one itself. Node 20 has no fs.glob, and a runtime dependency for this
 * is not worth it. A glob that matches nothing is an input error: a plan step that wrote no plan must
 * not pass as "no findings".
 */
export async function expandGlobs(
  input: string,
  patterns: readonly string[],
  cwd: string,
): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (!isGlob(pattern)) {
      out.push(pattern);
      continue;
    }
    const matches = await matchGlob(pattern, cwd);
    if (matches.length === 0) throw new InputError(`input ${input}: nothing matches "${pattern}"`);
    out.push(...matches);
  }
  return [...new Set(out)];
}

async function matchGlob(pattern: string, cwd: string): Promise<string[]> {
  const posix = pattern.split(path.sep).join('/').replace(/^\.\//, '');
  const segments = posix.split('/');
  // Walk from the longest literal prefix, so `infra/**/*.json` does not read the whole checkout.
  const firstGlob = segments.findIndex((s) => isGlob(s));
  const base = segments.slice(0, firstGlob).join('/');
  const regex = globToRegExp(posix);
  const start = path.resolve(cwd, base || '.');
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // an unreadable or missing base matches nothing
    }
    for (const entry of entries) {
      if (entry.name === '.git' || entry.name === 'node_modules' || entry.name === '.terraform') continue;
      const full = path.join(dir, entry.name);
      const rel = path.relative(cwd, full).split(path.sep).join('/');
      const shown = path.isAbsolute(posix) ? full.split(path.sep).join('/') : rel;
      if (regex.test(shown)) found.push(shown);
      if (entry.isDirectory()) await walk(full);
    }
  };
  await walk(start);
  return found.sort();
}

/** `**` crosses directories, `*` and `?` do not; `{a,b}` alternates; `[...]` is a class. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) re += '\\[';
      else {
        const body = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      depth += 1;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth -= 1;
      re += ')';
    } else if (c === ',' && depth > 0) re += '|';
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
