import type { ContextValue, Request } from './types.js';

/** What the request says about one condition key. */
export type KeyState =
  | { readonly state: 'present'; readonly values: readonly string[] }
  | { readonly state: 'missing' }
  /** The request does not say: the key might be absent or hold any value. */
  | { readonly state: 'unknown' };

export type Lookup = (key: string) => KeyState;

const MISSING: KeyState = { state: 'missing' };
const UNKNOWN: KeyState = { state: 'unknown' };

/**
 * Case-insensitive view of a request context. IAM condition keys are case-insensitive
 * (`aws:PrincipalARN` and `aws:principalarn` are the same key), so keys are folded once here.
 */
export function contextLookup(request: Pick<Request, 'context' | 'unknownKeys'>): Lookup {
  // Probes share their context objects across requests and every statement asks about the same
  // request: fold each context once per way of reading absent keys.
  const missing = request.unknownKeys === 'missing';
  let cached = lookups.get(request.context);
  if (cached === undefined) {
    cached = {};
    lookups.set(request.context, cached);
  }
  const known = missing ? cached.missing : cached.depends;
  if (known !== undefined) return known;
  const lookup = makeLookup(request.context, missing ? MISSING : UNKNOWN);
  if (missing) cached.missing = lookup;
  else cached.depends = lookup;
  return lookup;
}

const lookups = new WeakMap<object, { missing?: Lookup; depends?: Lookup }>();

function makeLookup(context: Request['context'], absent: KeyState): Lookup {
  const folded = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(context)) folded.set(key.toLowerCase(), value);
  return (key) => {
    const lower = key.toLowerCase();
    if (!folded.has(lower)) return absent;
    const value = folded.get(lower);
    if (value === undefined) return MISSING;
    return { state: 'present', values: typeof value === 'string' ? [value] : [...value] };
  };
}
