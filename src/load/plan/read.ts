/**
 * Plan file bytes to JSON text. Users hand us what `terraform show -json plan > plan.json`
 * produced in their shell (PowerShell 5 writes UTF-16 with a BOM), or the binary plan itself
 * (a zip), which only Terraform or OpenTofu can read.
 */
import { isAscii } from 'node:buffer';
import { execFile } from 'node:child_process';
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { errorText } from '../files.js';

const execFileAsync = promisify(execFile);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Large plans are hundreds of megabytes of JSON. */
const MAX_SHOW_OUTPUT = 1024 * 1024 * 1024;
const SHOW_TIMEOUT_MS = 10 * 60 * 1000;

export type ReadOutcome = { readonly text: string } | { readonly error: string };
/** How to read the plan: its text, or (too large for one string) by streaming the file. */
export type PlanInput = ReadOutcome | { readonly stream: { readonly bomLength: number } };

export const NOT_TEXT_ERROR = 'not a Terraform plan: the file is neither UTF-8 nor UTF-16 text';

/**
 * Plans at or above this size are streamed. The whole-text reader holds the bytes, the string
 * and the parsed tree at once (about 4.5 times the file at its peak, measured on a 216 MB
 * plan); streaming holds little more than the resources it keeps, and is no slower.
 */
export const DEFAULT_STREAM_THRESHOLD = 32 * 1024 * 1024;

export async function readPlanInput(
  file: string,
  display: string,
  streamThreshold: number = DEFAULT_STREAM_THRESHOLD,
): Promise<PlanInput> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (e) {
    return { error: `cannot read plan file: ${readError(e)}` };
  }
  let buffer: Buffer;
  let bomLength = 0;
  let utf16 = false;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { error: `cannot read plan file: ${readError({ code: 'EISDIR' })}` };
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const start = head.subarray(0, bytesRead);
    if (start.equals(ZIP_MAGIC)) return await showBinaryPlan(file, display);
    utf16 = isUtf16(start);
    bomLength = start.length >= 3 && start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? 3 : 0;
    if (!utf16 && stat.size >= streamThreshold) return { stream: { bomLength } };
    buffer = await handle.readFile();
  } catch (e) {
    // Larger than a Buffer may be (2 GiB in one read): stream it.
    if (!utf16 && isTooLarge(e)) return { stream: { bomLength } };
    return { error: `cannot read plan file: ${readError(e)}` };
  } finally {
    await handle.close().catch(() => undefined);
  }
  try {
    return decodePlanText(buffer);
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    // Larger than a string may be (~512 MB): stream it, or say how to make it UTF-8.
    if (!utf16) return { stream: { bomLength } };
    return {
      error:
        'the plan is UTF-16 and too large to read as one string; write it as UTF-8 (terraform show -json tfplan | Out-File -Encoding utf8 plan.json, or from a POSIX shell) and scan that',
    };
  }
}

/** A BOM, or the NUL pattern of ASCII JSON written as UTF-16 without one. */
function isUtf16(start: Buffer): boolean {
  if (start.length < 2) return false;
  const [a, b] = [start[0], start[1]];
  return (
    (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a !== 0 && b === 0) || (a === 0 && b !== 0)
  );
}

function isTooLarge(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return (
    code === 'ERR_STRING_TOO_LONG' ||
    code === 'ERR_FS_FILE_TOO_LARGE' ||
    (e instanceof Error &&
      /Cannot create a string longer than|Array buffer allocation failed/.test(e.message))
  );
}

/** UTF-8 (with or without BOM) or UTF-16 (BOM, or the NUL pattern of ASCII JSON without one). */
export function decodePlanText(buffer: Buffer): ReadOutcome {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: buffer.subarray(2).toString('utf16le') };
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: utf16be(buffer.subarray(2)) };
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return utf8(buffer.subarray(3));
  // `{` then NUL: UTF-16LE written without a BOM; NUL then `{`: big-endian.
  if (buffer.length >= 2 && buffer[0] !== 0 && buffer[1] === 0) return { text: buffer.toString('utf16le') };
  if (buffer.length >= 2 && buffer[0] === 0 && buffer[1] !== 0) return { text: utf16be(buffer) };
  return utf8(buffer);
}

function utf8(buffer: Buffer): ReadOutcome {
  // ASCII (most plans: Terraform escapes little else) is copied as Latin-1, the fastest decoding.
  if (isAscii(buffer)) return { text: buffer.toString('latin1') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch (e) {
    if (isTooLarge(e)) throw e;
    return { error: NOT_TEXT_ERROR };
  }
  return { text };
}

function utf16be(buffer: Buffer): string {
  const swapped = Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)));
  swapped.swap16();
  return swapped.toString('utf16le');
}

/** Runs `terraform show -json` (or `tofu show -json`) on a binary plan, in the plan's directory. */
async function showBinaryPlan(file: string, display: string): Promise<ReadOutcome> {
  const instead = `run "terraform show -json ${display} > plan.json" (or "tofu show -json ...") in the Terraform working directory and scan plan.json`;
  for (const tool of ['terraform', 'tofu']) {
    const executable = await findOnPath(tool);
    if (executable === undefined) continue;
    try {
      const { stdout } = await execFileAsync(executable, ['show', '-no-color', '-json', file], {
        cwd: path.dirname(file),
        maxBuffer: MAX_SHOW_OUTPUT,
        timeout: SHOW_TIMEOUT_MS,
        windowsHide: true,
        encoding: 'utf8',
      });
      return { text: stdout };
    } catch (e) {
      const stderr =
        typeof e === 'object' && e !== null && 'stderr' in e ? String((e as { stderr: unknown }).stderr) : '';
      const reason = firstLines(stderr) || errorText(e);
      return { error: `binary plan file: "${tool} show -json" failed: ${reason}; ${instead}` };
    }
  }
  return { error: `binary plan file, and neither terraform nor tofu is on PATH to read it: ${instead}` };
}

/** The error code, which says it all without the absolute path Node puts in the message. */
function readError(e: unknown): string {
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
  if (code === 'ENOENT') return 'ENOENT: no such file';
  if (code === 'EISDIR') return 'EISDIR: it is a directory';
  if (code === 'EACCES') return 'EACCES: permission denied';
  return code ?? errorText(e);
}

function firstLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^[│╷╵\s]+/, '').trim())
    .filter((l) => l !== '');
  return lines.slice(0, 3).join(' ').slice(0, 400);
}

async function findOnPath(tool: string): Promise<string | undefined> {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter((d) => d !== '');
  const names =
    process.platform === 'win32'
      ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').map((ext) => tool + ext.toLowerCase())
      : [tool];
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        await fs.access(candidate, fsConstants.X_OK);
        const stat = await fs.stat(candidate);
        if (stat.isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
