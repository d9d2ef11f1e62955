/**
 * Where a JSON text stops being valid. Node's JSON.parse messages quote the text around the
 * error (which may be a secret in a plan or a .tf.json file) and do not always give a position,
 * so errors are built from this offset alone.
 */

/**
 * Offset of the first syntax error in text that JSON.parse rejected. A small recursive-descent
 * scan: only reached on the error path, so it favours clarity over speed.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const space = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): boolean => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return true;
      }
      for (;;) {
        space();
        if (text[i] !== '"' || !string()) return false;
        space();
        if (text[i] !== ':') return false;
        i++;
        if (!value()) return false;
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return true;
        }
        return false;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return true;
      }
      for (;;) {
        if (!value()) return false;
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return true;
        }
        return false;
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return true;
    }
    return false;
  };
  try {
    if (value()) {
      space();
      return i < text.length ? i : undefined;
    }
    return i;
  } catch {
    return undefined; // nested too deep to scan: report without a position
  }
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A position-only description of a JSON syntax error: never quotes the text. */
export function describeJsonError(text: string): { message: string; line?: number } {
  const offset = jsonErrorOffset(text);
  if (text.trim() === '') return { message: 'the file is empty' };
  if (offset === undefined) return { message: 'syntax error' };
  const what = offset >= text.length ? 'unexpected end of input' : 'unexpected character';
  const column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
  const line = lineAt(text, offset);
  return { message: `${what} at line ${line}, column ${column}`, line };
}
