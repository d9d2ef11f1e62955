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
  urlencode: def(1, 1, ([s]) => queryEscape(argString(s!, 'str'))),
  regex: def(2, 2, ([p, s]) => regexFirst(compileRE2(argString(p!, 'pattern')), argString(s!, 'string'))),
  regexall: def(2, 2, ([p, s]) => regexAll(compileRE2(argString(p!, 'pattern')), argString(s!, 'string'))),
};
