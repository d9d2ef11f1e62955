import { lineAt } from '../json-error.js';

export { lineAt };

/**
 * Lines of resource addresses in the plan text, so plan-only findings point somewhere useful
 * when no HCL is scanned. One linear pass with a regular expression: plans run to hundreds of
 * megabytes, and Terraform writes them on one line anyway (then every line is 1).
 */

export interface PlanLines {
  /** Line of the resource's entry (its `resource_changes` entry when it has one). */
  resource(address: string): number;
  /** Line of a provider_config key. */
  provider(key: string): number;
}

const ADDRESS = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

export function indexPlanLines(text: string): PlanLines {
  const changesAt = keyOffset(text, 'resource_changes');
  const providersAt = keyOffset(text, 'provider_config');
  const first = new Map<string, number>();
  const inChanges = new Map<string, number>();
  const counter = lineCounter(text);
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
    let address: string;
    try {
      address = JSON.parse(`"${m[1] ?? ''}"`) as string;
    } catch {
      continue;
    }
    const line = counter(m.index);
    if (!first.has(address)) first.set(address, line);
    if (changesAt >= 0 && m.index > changesAt && !inChanges.has(address)) inChanges.set(address, line);
  }
  return {
    resource: (address) => inChanges.get(address) ?? first.get(address) ?? 1,
    provider: (key) => {
      if (providersAt < 0) return 1;
      const at = text.indexOf(JSON.stringify(key), providersAt);
      return at < 0 ? lineAt(text, providersAt) : lineAt(text, at);
    },
  };
}

/** Offset of a top-level-looking key (`"key":`), not one escaped inside a string. */
function keyOffset(text: string, key: string): number {
  const pattern = new RegExp(`(^|[^\\\\])"${key}"\\s*:`, 'g');
  const m = pattern.exec(text);
  return m ? m.index + (m[1] ?? '').length : -1;
}

/** Line numbers for increasing offsets: each newline is found once, so the pass stays linear. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let next = text.indexOf('\n');
  return (offset) => {
    while (next >= 0 && next < offset) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
}
