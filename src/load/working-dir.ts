/**
 * The filesystem as Terraform's file functions see it: paths relative to the working directory
 * (the root module's), regular files only, nothing unbounded. A file() of a FIFO or a device, or a
 * fileset() over a huge tree, must not hang or exhaust a scan: such paths are not answered
 * (the function's value stays Unknown) rather than read.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Scope } from './expr/scope.js';

/** Larger than any policy or template; a bigger "file()" is not something a rule reads. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** fileset() over more files than this is not listed. */
const MAX_LISTED_FILES = 10_000;

export type WorkingDirFiles = Pick<
  Required<Scope>,
  'readFile' | 'readBytes' | 'absolutePath' | 'fileKind' | 'listFiles'
>;

// Terraform's file() refuses bytes that are not UTF-8 rather than replacing them, and keeps a BOM.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function workingDirFiles(workingDir: string): WorkingDirFiles {
  const resolve = (file: string) => path.resolve(workingDir, file);
  const readBytes = (file: string): Uint8Array | undefined => {
    try {
      const full = resolve(file);
      const stat = statSync(full);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
      return readFileSync(full);
    } catch {
      return undefined;
    }
  };
  return {
    readFile(file) {
      const bytes = readBytes(file);
      if (bytes === undefined) return undefined;
      try {
        return UTF8.decode(bytes);
      } catch {
        return undefined;
      }
    },
    readBytes,
    absolutePath: (file) => resolve(file).split(path.sep).join('/'),
    fileKind(file) {
      try {
        const stat = statSync(resolve(file), { throwIfNoEntry: false });
        if (stat === undefined) return 'missing';
        if (stat.isFile()) return 'file';
        return stat.isDirectory() ? 'directory' : undefined;
      } catch {
        return undefined;
      }
    },
    listFiles(dir) {
      return listRegularFiles(resolve(dir));
    },
  };
}

/** Regular files below `root` (following symbolic links, each real directory once), sorted. */
function listRegularFiles(root: string): string[] | undefined {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, prefix: string): boolean => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return false;
    }
    if (seen.has(real)) return true;
    seen.add(real);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return false;
    }
    for (const name of names.sort()) {
      const full = path.join(dir, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat === undefined) continue; // a dangling link
      if (stat.isFile()) {
        out.push(prefix + name);
        if (out.length > MAX_LISTED_FILES) return false;
      } else if (stat.isDirectory() && !walk(full, `${prefix}${name}/`)) return false;
    }
    return true;
  };
  return walk(root, '') ? out : undefined;
}
