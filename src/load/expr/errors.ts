/**
 * Internal failure signals. Neither escapes the public API: the parse entry points turn
 * SyntaxFailure into a ParseError value, and evaluation turns EvalError into an Unknown.
 * Exceptions are used because both are rare and unwinding deep recursion by hand would cost
 * every successful path.
 */

export class SyntaxFailure extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

/**
 * A Terraform evaluation error (type mismatch, missing key, failed function call, ...).
 * Distinct from an Unknown: `try`/`can` treat an error as "this alternative failed", while an
 * Unknown means "cannot decide yet".
 */
export class EvalError extends Error {}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Something RootGuard cannot compute although Terraform could (an unimplemented function, a
 * regex feature without a JavaScript equivalent, a missing file). Becomes a plain Unknown, never
 * an error, so `try(...)` does not silently pick a later alternative Terraform would not pick.
 */
export class Unsupported extends Error {}
