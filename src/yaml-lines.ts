import * as yaml from 'js-yaml';

export type YamlPath = readonly (string | number)[];

/**
 * The line of every key and sequence item of a YAML document, by path, read from the parser's
 * event stream: zod says *what* is wrong (`ignore.2.expires`), this says *where* (line 14).
 * Returns an empty map for text the parser rejects (the loader reports that error itself).
 */
export function yamlLines(text: string): Map<string, number> {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  interface Frame {
    readonly kind: 'map' | 'seq';
    readonly path: (string | number)[];
    key: string;
    expectKey: boolean;
    index: number;
  }
  const lines = new Map<string, number>();
  const stack: Frame[] = [];

  /** Registers a value node (scalar or collection) and returns its path. */
  const placeValue = (offset: number): (string | number)[] => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === 'seq') {
      const path = [...top.path, top.index++];
      lines.set(pathKey(path), lineOf(offset));
      return path;
    }
    top.expectKey = true;
    return [...top.path, top.key];
  };

  try {
    for (const event of yaml.parseEvents(text, {})) {
      const e = event as { type: number; start?: number; valueStart?: number; valueEnd?: number };
      if (e.type === yaml.EVENT_ID.SCALAR || e.type === yaml.EVENT_ID.ALIAS) {
        const offset = e.valueStart ?? e.start ?? 0;
        const top = stack[stack.length - 1];
        if (top?.kind === 'map' && top.expectKey) {
          top.key = text.slice(e.valueStart ?? 0, e.valueEnd ?? 0).replace(/^["']|["']$/g, '');
          top.expectKey = false;
          lines.set(pathKey([...top.path, top.key]), lineOf(offset));
        } else placeValue(offset);
      } else if (e.type === yaml.EVENT_ID.MAPPING || e.type === yaml.EVENT_ID.SEQUENCE) {
        const path = placeValue(e.start ?? 0);
        const kind = e.type === yaml.EVENT_ID.MAPPING ? 'map' : 'seq';
        stack.push({ kind, path, key: '', expectKey: true, index: 0 });
      } else if (e.type === yaml.EVENT_ID.POP) {
        stack.pop();
      }
    }
  } catch {
    // Syntax errors are reported by the loader with js-yaml's own position.
  }
  return lines;
}

export function pathKey(path: YamlPath): string {
  return path.map(String).join('\u0000');
}

/** The line of a path, or of its nearest ancestor that has one. */
export function lineOfPath(lines: Map<string, number>, path: YamlPath): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const line = lines.get(pathKey(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}
