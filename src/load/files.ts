import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import type { ScanError } from '../model/finding.js';

const SKIPPED_DIRS = new Set(['.terraform', 'node_modules']);
const TERRAFORM_SUFFIXES = ['.tf', '.tf.json', '.tofu', '.tofu.json'];

export function isTerraformFile(name: string): boolean {
  return TERRAFORM_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/**
 * A file Terraform reads when it loads a module directory: a Terraform file that is not hidden
 * (Terraform's loader skips `.name` files, such as an editor's backup or lock file).
 */
export function isModuleFile(name: string): boolean {
  return !name.startsWith('.') && isTerraformFile(name);
}

/** A path as findings show it: relative to the working directory, with `/`. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

export interface Discovered {
  /** Absolute paths of Terraform files, sorted for deterministic output. */
  readonly files: string[];
  readonly errors: ScanError[];
}

/**
 * Every Terraform file under the given paths. Hidden files and folders, `.terraform/` and
 * `node_modules/` are skipped (a file named on its own is read whatever its name); symlinked directories are followed once (a loop is cut, not followed forever).
 */
export async function discoverTerraformFiles(
  paths: readonly string[],
  cwd: string,
  exclude: (relPath: string) => boolean = () => false,
): Promise<Discovered> {
  const files = new Set<string>();
  const errors: ScanError[] = [];
  const visitedDirs = new Set<string>();

  async function walk(dir: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      errors.push({ file: displayPath(dir, cwd), message: `cannot read directory: ${errorText(e)}` });
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ file: displayPath(dir, cwd), message: `cannot read directory: ${errorText(e)}` });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (exclude(displayPath(full, cwd))) continue;
      const kind = await entryKind(entry, full);
      if (kind === 'directory') {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
        await walk(full);
      } else if (kind === 'file' && isModuleFile(entry.name)) {
        files.add(full);
      }
    }
  }

  for (const given of paths) {
    const full = path.resolve(cwd, given);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch {
      errors.push({ file: displayPath(full, cwd), message: 'no such file or directory' });
      continue;
    }
    if (stat.isDirectory()) await walk(full);
    else if (isTerraformFile(full)) files.add(full);
    else
      errors.push({ file: displayPath(full, cwd), message: 'not a Terraform file (.tf, .tf.json, .tofu)' });
  }
  return { files: preferTofuFiles([...files]).sort(), errors };
}

/**
 * The files Terraform reads as the module in `dir` (not its subdirectories), sorted; none when
 * the directory cannot be read, which the evaluator then reports as a module not available.
 */
export async function moduleFilesIn(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (isModuleFile(entry.name) && (await entryKind(entry, full)) === 'file') files.push(full);
  }
  return preferTofuFiles(files).sort();
}

/** What a directory entry is, a symbolic link followed; undefined for a dangling link or anything else. */
async function entryKind(entry: Dirent, full: string): Promise<'file' | 'directory' | undefined> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (!entry.isSymbolicLink()) return undefined;
  try {
    const stat = await fs.stat(full);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : undefined;
  } catch {
    return undefined; // a dangling link is not Terraform
  }
}

/** As OpenTofu does: `x.tofu` takes the place of `x.tf` beside it (and `x.tofu.json` of `x.tf.json`). */
function preferTofuFiles(files: string[]): string[] {
  const present = new Set(files);
  return files.filter((f) => {
    if (f.endsWith('.tf')) return !present.has(`${f.slice(0, -3)}.tofu`);
    if (f.endsWith('.tf.json')) return !present.has(`${f.slice(0, -8)}.tofu.json`);
    return true;
  });
}

export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as NodeJS.ErrnoException).code;
    return code ? `${code}: ${e.message.replace(/^\w+: /, '')}` : e.message;
  }
  return String(e);
}
