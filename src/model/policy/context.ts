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
  // A request is asked about by every statement of a policy: fold its keys once.
  let lookup = lookups.get(request);
  if (lookup === undefined) {
    lookup = makeLookup(request);
    lookups.set(request, lookup);
  }
  return lookup;
}

const lookups = new WeakMap<object, Lookup>();

function makeLookup(request: Pick<Request, 'context' | 'unknownKeys'>): Lookup {
  const folded = new Map<string, ContextValue>();
  for (const [key, value] of Object.entries(request.context)) folded.set(key.toLowerCase(), value);
  const absent = request.unknownKeys === 'missing' ? MISSING : UNKNOWN;
  return (key) => {
    const lower = key.toLowerCase();
    if (!folded.has(lower)) return absent;
    const value = folded.get(lower);
    if (value === undefined) return MISSING;
    return { state: 'present', values: typeof value === 'string' ? [value] : [...value] };
  };
}
