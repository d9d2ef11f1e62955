/**
 * Filesystem and path functions: file, filebase64, the file hashes, fileexists, fileset,
 * basename, dirname, abspath, pathexpand. Paths are resolved
 * by the scope (against the root module's directory, as Terraform resolves them); a path the
 * scope cannot answer for is Unsupported (an Unknown), never an empty result.
 */
import { createHash } from 'node:crypto';
import { Unsupported, EvalError } from './errors.js';
import { argString, def } from './fn-args.js';
import type { FnDef } from './fn-args.js';
import { compareStrings } from './json.js';

/**
 * A fileset() pattern as a regular expression over `/`-separated relative paths, with the glob
 * syntax Terraform documents: `*` and `?` within one path segment, `**` across segments, `{a,b}`
 * alternatives, `[class]` and `[^class]` (or `[!class]`) for one character, `\` escaping.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const segmentStart = i === 0 || pattern[i - 1] === '/';
        const segmentEnd = i + 2 === pattern.length || pattern[i + 2] === '/';
        i++;
        if (segmentStart && segmentEnd) {
          // `**/` matches no directory or any number of them; a final `**` matches everything below.
          if (pattern[i + 1] === '/') {
            out += '(?:[^/]*/)*';
            i++;
          } else out += '.*';
          continue;
        }
      }
      out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) throw new EvalError(`fileset: invalid pattern "${pattern}": unclosed "["`);
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('^') || body.startsWith('!');
      if (negated) body = body.slice(1);
      const escaped = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
      out += negated ? `[^/${escaped}]` : `(?![/])[${escaped}]`;
      i = close;
    } else if (c === '{') {
      out += '(?:';
      depth++;
    } else if (c === ',' && depth > 0) out += '|';
    else if (c === '}' && depth > 0) {
      out += ')';
      depth--;
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[++i]!);
    } else out += escapeRegExp(c);
  }
  if (depth > 0) throw new EvalError(`fileset: invalid pattern "${pattern}": unclosed "{"`);
  return new RegExp(`^${out}$`, 'u');
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** Go's filepath.Clean for `/`-separated paths, which basename and dirname apply first. */
function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !rooted) parts.push(part);
  }
  const joined = parts.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** A function of a file's bytes, which may be any bytes (filemd5 of a zip is common). */
function fileBytes(encode: (bytes: Uint8Array) => string): FnDef {
  return def(1, 1, ([p], ctx) => {
    const path = argString(p!, 'path');
    const bytes = ctx.scope.readBytes?.(path);
    if (bytes === undefined) throw new Unsupported(`file "${path}" is not readable here`);
    return encode(bytes);
  });
}

function fileDigest(algorithm: string, encoding: 'hex' | 'base64'): FnDef {
  return fileBytes((bytes) => createHash(algorithm).update(bytes).digest(encoding));
}

export const FILE_FUNCTIONS: Record<string, FnDef> = {
  filebase64: fileBytes((bytes) => Buffer.from(bytes).toString('base64')),
  filemd5: fileDigest('md5', 'hex'),
  filesha1: fileDigest('sha1', 'hex'),
  filesha256: fileDigest('sha256', 'hex'),
  filesha512: fileDigest('sha512', 'hex'),
  filebase64sha256: fileDigest('sha256', 'base64'),
  filebase64sha512: fileDigest('sha512', 'base64'),
  // Go's filepath.Abs: an absolute path is only cleaned; a relative one joins the directory
  // Terraform runs in, which the scope knows when it reads real files.
  abspath: def(1, 1, ([p], ctx) => {
    const path = argString(p!, 'path');
    if (path.startsWith('/')) return cleanPath(path);
    const absolute = ctx.scope.absolutePath?.(path);
    if (absolute === undefined)
      throw new Unsupported(`the directory "${path}" is relative to is not known here`);
    return absolute;
  }),
  // "~" is the home directory of whoever runs Terraform, which a scan cannot know.
  pathexpand: def(1, 1, ([p]) => {
    const path = argString(p!, 'path');
    if (!path.startsWith('~')) return path;
    if (path.length > 1 && path[1] !== '/' && path[1] !== '\\')
      throw new EvalError('cannot expand user-specific home dir');
    throw new Unsupported('"~" is the home directory of the machine that runs Terraform');
  }),
  file: def(1, 1, ([p], ctx) => {
    const path = argString(p!, 'path');
    const text = ctx.scope.readFile(path);
    if (text === undefined) throw new Unsupported(`file "${path}" is not readable here`);
    return text;
  }),
  fileexists: def(1, 1, ([p], ctx) => {
    const path = argString(p!, 'path');
    const kind = ctx.scope.fileKind?.(path);
    if (kind === undefined) throw new Unsupported(`whether "${path}" exists cannot be told here`);
    if (kind === 'directory') throw new EvalError(`"${path}" is a directory, not a file`);
    return kind === 'file';
  }),
  fileset: def(2, 2, ([p, pattern], ctx) => {
    const dir = argString(p!, 'path');
    const glob = globToRegExp(argString(pattern!, 'pattern'));
    const files = ctx.scope.listFiles?.(dir);
    if (files === undefined) throw new Unsupported(`the files under "${dir}" cannot be listed here`);
    // A set of strings: Terraform orders it lexically.
    return files.filter((file) => glob.test(file)).sort(compareStrings);
  }),
  // Go's filepath.Base: trailing slashes dropped, no cleaning ("a/.." is "..").
  basename: def(1, 1, ([p]) => {
    const path = argString(p!, 'path');
    if (path === '') return '.';
    const trimmed = path.replace(/\/+$/, '');
    if (trimmed === '') return '/';
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
  }),
  dirname: def(1, 1, ([p]) => {
    const path = argString(p!, 'path');
    const slash = path.lastIndexOf('/');
    return cleanPath(slash < 0 ? '' : path.slice(0, slash + 1));
  }),
};
