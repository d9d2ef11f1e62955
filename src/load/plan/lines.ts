import { lineAt } from '../json-error.js';

export { lineAt };

/**
 * Lines of resource addresses in the plan text, so plan-only findings point somewhere useful
 * when no HCL is scanned. One linear pass: plans run to hundreds of megabytes, and Terraform
 * writes them on one line anyway (then every line is 1).
 *
 * A resource's line is that of the first `"address": "<it>"` after the `resource_changes` key
 * (its change entry), else of its first one anywhere. The same index is built from the whole
 * text or, by the streaming reader, from the pieces it reads, with the same result.
 */

export interface PlanLines {
  /** Line of the resource's entry (its `resource_changes` entry when it has one). */
  resource(address: string): number;
  /** Line of a provider_config key. */
  provider(key: string): number;
}

const ADDRESS_KEY = '"address"';

/**
 * Calls `visit` for every `"address": "<string>"` in the text, in order, with the decoded
 * string and its offset. Found with indexOf rather than a regular expression: several times
 * faster on a one-line plan of hundreds of megabytes.
 */
export function scanAddresses(text: string, visit: (address: string, offset: number) => void): void {
  let at = text.indexOf(ADDRESS_KEY);
  while (at >= 0) {
    let i = at + ADDRESS_KEY.length;
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== 0x3a /* : */) {
      at = text.indexOf(ADDRESS_KEY, at + 1);
      continue;
    }
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) !== 0x22 /* " */) {
      at = text.indexOf(ADDRESS_KEY, at + 1);
      continue;
    }
    const end = stringEnd(text, i + 1);
    if (end < 0) {
      at = text.indexOf(ADDRESS_KEY, at + 1);
      continue;
    }
    const raw = text.slice(i + 1, end);
    let address: string | undefined;
    if (!raw.includes('\\')) address = raw;
    // `module.a[\"x\"]`: the one escape addresses have, undone without a JSON.parse each.
    else if (!/\\[^"]/.test(raw)) address = raw.replaceAll('\\"', '"');
    else {
      try {
        address = JSON.parse(`"${raw}"`) as string;
      } catch {
        address = undefined;
      }
    }
    if (address !== undefined) visit(address, at);
    at = text.indexOf(ADDRESS_KEY, end + 1);
  }
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

/** Index of the quote closing a string whose content starts at `from` (a backslash escapes one character, not a newline). */
function stringEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i;
    if (c === 0x5c) {
      if (text.charCodeAt(i + 1) === 0x0a || i + 1 >= text.length) return -1;
      i++;
    }
  }
  return -1;
}

/** Offset of a key (`"key":`) not escaped inside a string, or -1. */
export function keyOffset(text: string, key: string, from = 0): number {
  const quoted = `"${key}"`;
  for (let at = text.indexOf(quoted, from); at >= 0; at = text.indexOf(quoted, at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 0x5c) continue;
    if (text.charCodeAt(skipSpace(text, at + quoted.length)) === 0x3a) return at;
  }
  return -1;
}

/** Builds the resource line index from text seen in order, whole or in pieces. */
export class AddressLineIndex {
  private readonly first = new Map<string, number>();
  private readonly inChanges = new Map<string, number>();
  /** Offset of the `resource_changes` key, once known (-1: not seen). */
  changesAt = -1;

  /** Records the addresses in a piece of the plan text that starts at `offset`, on `line`. */
  add(text: string, offset: number, line: number): void {
    const counter = lineCounter(text, line);
    scanAddresses(text, (address, at) => this.record(address, offset + at, counter(at)));
  }

  /** One `"address": "<address>"` at an absolute offset and line. */
  record(address: string, offset: number, line: number): void {
    if (!this.first.has(address)) this.first.set(address, line);
    if (this.changesAt >= 0 && offset > this.changesAt && !this.inChanges.has(address))
      this.inChanges.set(address, line);
  }

  resource(address: string): number {
    return this.inChanges.get(address) ?? this.first.get(address) ?? 1;
  }
}

/** Where `"provider_config"` was found: the text holding it, and that text's first line. */
export interface ProviderConfigText {
  readonly text: string;
  readonly at: number;
  readonly line: number;
}

export function providerLine(found: ProviderConfigText | undefined, key: string): number {
  if (!found) return 1;
  const at = found.text.indexOf(JSON.stringify(key), found.at);
  return found.line - 1 + lineAt(found.text, at < 0 ? found.at : at);
}

export function indexPlanLines(text: string): PlanLines {
  const index = new AddressLineIndex();
  index.changesAt = keyOffset(text, 'resource_changes');
  index.add(text, 0, 1);
  const providersAt = keyOffset(text, 'provider_config');
  const providers = providersAt < 0 ? undefined : { text, at: providersAt, line: 1 };
  return {
    resource: (address) => index.resource(address),
    provider: (key) => providerLine(providers, key),
  };
}

/** Line numbers for increasing offsets: each newline is found once, so the pass stays linear. */
export function lineCounter(text: string, firstLine = 1): (offset: number) => number {
  let line = firstLine;
  let next = text.indexOf('\n');
  return (offset) => {
    while (next >= 0 && next < offset) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
}
