/**
 * IAM string patterns: `*` and `?` wildcards, and `${key}` policy variables.
 *
 * A variable whose key the request does not know makes a comparison `depends`, except when the
 * comparison fails whatever the variable holds (checked by letting the variable match anything):
 * `arn:aws:iam::${Account}:role/Ops` can never match a root ARN, so that answer is a definite no.
 */
import type { Lookup } from './context.js';
import type { Tri } from './types.js';

type Token =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'star' }
  | { readonly kind: 'one' }
  | { readonly kind: 'var'; readonly key: string; readonly fallback?: string };

export interface PatternOptions {
  /** `*` and `?` are wildcards (Like, Arn operators, actions, resources) rather than literal text. */
  readonly wildcards: boolean;
  /** `${...}` is a policy variable (Version 2012-10-17) rather than literal text. */
  readonly variables: boolean;
  readonly ignoreCase?: boolean;
}

// `${aws:username}` or `${aws:PrincipalTag/team, 'default'}`.
const VARIABLE = /^\s*([^,\s][^,]*?)\s*(?:,\s*'([^']*)'\s*)?$/;

function tokenize(pattern: string, options: PatternOptions): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = (): void => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (options.variables && ch === '$' && pattern.charAt(i + 1) === '{') {
      const close = pattern.indexOf('}', i + 2);
      const inner = close < 0 ? undefined : pattern.slice(i + 2, close);
      if (inner !== undefined) {
        // `${*}`, `${?}` and `${$}` are IAM's escapes for the literal characters.
        if (inner === '*' || inner === '?' || inner === '$') {
          text += inner;
          i = close;
          continue;
        }
        const m = VARIABLE.exec(inner);
        if (m?.[1] !== undefined) {
          flush();
          tokens.push(
            m[2] === undefined ? { kind: 'var', key: m[1] } : { kind: 'var', key: m[1], fallback: m[2] },
          );
          i = close;
          continue;
        }
      }
    }
    if (options.wildcards && (ch === '*' || ch === '?')) {
      flush();
      tokens.push({ kind: ch === '*' ? 'star' : 'one' });
      continue;
    }
    text += ch;
  }
  flush();
  return tokens;
}

const regexCache = new Map<string, RegExp>();
/** Compiled regexes of patterns with no policy variable, by options and pattern. */
const staticPatterns = new Map<string, RegExp>();

function compile(source: string, ignoreCase: boolean): RegExp {
  const flags = ignoreCase ? 'si' : 's';
  const cacheKey = `${flags}\u0000${source}`;
  let re = regexCache.get(cacheKey);
  if (!re) {
    if (regexCache.size > 10_000) regexCache.clear();
    re = new RegExp(`^${source}$`, flags);
    regexCache.set(cacheKey, re);
  }
  return re;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Matches a policy pattern against a request value. Variables resolve from `lookup`; a variable
 * whose key is missing (and has no default) or multi-valued matches nothing, as IAM does.
 */
export function matchPattern(pattern: string, value: string, lookup: Lookup, options: PatternOptions): Tri {
  // Most patterns (actions, ARNs) hold no policy variable: their regex depends on the pattern only,
  // so it is built once instead of tokenized and escaped on every request of every policy.
  const staticKey = `${options.wildcards ? 1 : 0}${options.variables ? 1 : 0}${options.ignoreCase ? 1 : 0}\u0000${pattern}`;
  const known = staticPatterns.get(staticKey);
  if (known) return known.test(value) ? 'yes' : 'no';
  let source = '';
  let hasVariable = false;
  let unresolved = false;
  for (const token of tokenize(pattern, options)) {
    switch (token.kind) {
      case 'text':
        source += escapeRegex(token.text);
        break;
      case 'star':
        source += '.*';
        break;
      case 'one':
        source += '.';
        break;
      case 'var': {
        hasVariable = true;
        const state = lookup(token.key);
        if (state.state === 'present') {
          const [only] = state.values;
          if (state.values.length !== 1 || only === undefined) return 'no';
          source += escapeRegex(only);
        } else if (state.state === 'missing') {
          if (token.fallback === undefined) return 'no';
          source += escapeRegex(token.fallback);
        } else {
          unresolved = true;
          source += '.*';
        }
      }
    }
  }
  const regex = compile(source, options.ignoreCase ?? false);
  if (!hasVariable && known === undefined) {
    if (staticPatterns.size > 10_000) staticPatterns.clear();
    staticPatterns.set(staticKey, regex);
  }
  const matches = regex.test(value);
  if (!matches) return 'no';
  return unresolved ? 'depends' : 'yes';
}

/** Plain wildcard match with no variables (actions, and anything already resolved). */
export function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  const noContext: Lookup = () => ({ state: 'unknown' });
  return matchPattern(pattern, value, noContext, { wildcards: true, variables: false, ignoreCase }) === 'yes';
}

/** True for `*`, `**`...: a pattern that matches every string. */
export function matchesEverything(pattern: string): boolean {
  return /^\*+$/.test(pattern);
}

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/**
 * A concrete string the pattern matches, for building probe requests from a policy's own values:
 * wildcards and variables become `x`, so `arn:aws:iam::*:role/Ops-*` gives `arn:aws:iam::x:role/Ops-x`.
 */
export function concretize(pattern: string): string {
  return pattern.replace(/\$\{[^}]*\}/g, 'x').replace(/[*?]+/g, 'x');
}

/**
 * Splits an ARN (or ARN pattern) into its six colon-delimited components; the resource keeps any
 * further colons. Colons inside `${...}` do not split. Undefined when there are fewer than six.
 */
export function splitArn(text: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length && parts.length < 5; i++) {
    const ch = text.charAt(i);
    if (ch === '$' && text.charAt(i + 1) === '{') depth++;
    else if (ch === '}' && depth > 0) depth--;
    else if (ch === ':' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (parts.length < 5) return undefined;
  parts.push(text.slice(start));
  return parts;
}
