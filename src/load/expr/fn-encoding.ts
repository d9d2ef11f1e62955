/** Encoding, hashing and regex functions. */
import { createHash } from 'node:crypto';
import type { Value } from '../../model/value.js';
import { EvalError } from './errors.js';
import { argString, def, finiteOrUnsupported } from './fn-args.js';
import type { FnDef } from './fn-args.js';
import { jsonDecode, jsonEncode } from './json.js';
import { compileRE2, regexAll, regexFirst } from './regex.js';

function digest(algorithm: string, encoding: 'hex' | 'base64') {
  return def(1, 1, ([s]) => createHash(algorithm).update(argString(s!, 'str'), 'utf8').digest(encoding));
}

/** Go's url.QueryEscape: only [A-Za-z0-9-_.~] stay, space becomes '+'. */
function queryEscape(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  let out = '';
  for (const b of bytes) {
    const keep =
      (b >= 48 && b <= 57) ||
      (b >= 65 && b <= 90) ||
      (b >= 97 && b <= 122) ||
      b === 45 ||
      b === 95 ||
      b === 46 ||
      b === 126;
    if (keep) out += String.fromCharCode(b);
    else if (b === 32) out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** RFC 4122's name spaces, by the names uuidv5 takes for them. */
const UUID_NAMESPACES: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};

/** The forms google/uuid's Parse takes: plain, `urn:uuid:`, braced, or 32 bare hex digits. */
function uuidBytes(text: string): Buffer | undefined {
  let body = text;
  if (body.length === 45 && body.slice(0, 9).toLowerCase() === 'urn:uuid:') body = body.slice(9);
  else if (body.length === 38 && body.startsWith('{') && body.endsWith('}')) body = body.slice(1, -1);
  if (body.length === 36) {
    if (![8, 13, 18, 23].every((i) => body[i] === '-')) return undefined;
    body = body.replace(/-/g, '');
  }
  return /^[0-9a-fA-F]{32}$/.test(body) ? Buffer.from(body, 'hex') : undefined;
}

/** A name-based UUID, version 5: SHA-1 of the name space and the name (RFC 4122 section 4.3). */
function uuidV5(namespace: string, name: string): string {
  const space = uuidBytes(UUID_NAMESPACES[namespace] ?? namespace);
  if (space === undefined) throw new EvalError(`uuidv5() doesn't support namespace ${namespace}`);
  const hash = createHash('sha1').update(space).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const ENCODING_FUNCTIONS: Record<string, FnDef> = {
  jsonencode: def(1, 1, ([v]) => jsonEncode(v!)),
  jsondecode: def(1, 1, ([s]) => {
    const text = argString(s!, 'str');
    let parsed: Value;
    try {
      parsed = jsonDecode(text);
    } catch (err) {
      throw new EvalError(`invalid JSON: ${(err as Error).message}`);
    }
    return finiteOrUnsupported(parsed, 'JSON numbers beyond the double range');
  }),
  base64encode: def(1, 1, ([s]) => Buffer.from(argString(s!, 'str'), 'utf8').toString('base64')),
  base64decode: def(1, 1, ([s]) => {
    const text = argString(s!, 'str');
    if (text.length % 4 !== 0 || !BASE64.test(text)) throw new EvalError('failed to decode base64 data');
    const bytes = Buffer.from(text, 'base64');
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new EvalError('the result of decoding the provided string is not valid UTF-8');
    }
  }),
  md5: digest('md5', 'hex'),
  sha1: digest('sha1', 'hex'),
  sha256: digest('sha256', 'hex'),
  sha512: digest('sha512', 'hex'),
  base64sha256: digest('sha256', 'base64'),
  base64sha512: digest('sha512', 'base64'),
  uuidv5: def(2, 2, ([namespace, name]) =>
    uuidV5(argString(namespace!, 'namespace'), argString(name!, 'name')),
  ),
  urlencode: def(1, 1, ([s]) => queryEscape(argString(s!, 'str'))),
  regex: def(2, 2, ([p, s]) => regexFirst(compileRE2(argString(p!, 'pattern')), argString(s!, 'string'))),
  regexall: def(2, 2, ([p, s]) => regexAll(compileRE2(argString(p!, 'pattern')), argString(s!, 'string'))),
};
