/** format() and formatlist(), following cty's stdlib format verbs (a subset of Go's fmt). */
import { Unknown } from '../../model/value.js';
import type { Value } from '../../model/value.js';
import { toBoolValue, toNumberValue, toStringValue, typeName } from './convert.js';
import { EvalError, Unsupported } from './errors.js';
import { argList, argString, def } from './fn-args.js';
import type { FnDef } from './fn-args.js';
import { graphemes } from './fn-collections.js';
import { formatNumber, jsonEncode, quoteJSON } from './json.js';
import { unknownFrom } from './unknowns.js';

interface Spec {
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  sharp: boolean;
  width: number;
  precision: number;
}

/** Pads to the field width; zero padding goes after the sign, as in Go. */
function pad(body: string, spec: Spec, numeric: boolean): string {
  const len = graphemes(body).length;
  if (spec.width <= len) return body;
  const fill = spec.width - len;
  if (spec.minus) return body + ' '.repeat(fill);
  if (spec.zero && numeric) {
    const sign = body[0] === '-' || body[0] === '+' || body[0] === ' ' ? body[0] : '';
    return sign + '0'.repeat(fill) + body.slice(sign.length);
  }
  return ' '.repeat(fill) + body;
}

function signed(n: number, digits: string, spec: Spec): string {
  if (n < 0 || Object.is(n, -0)) return '-' + digits;
  if (spec.plus) return '+' + digits;
  if (spec.space) return ' ' + digits;
  return digits;
}

/** Decimal digits (no trailing zeros) and decimal-point position, shortest or to `sig` digits. */
function decimalDigits(x: number, sig: number): { digits: string; point: number } {
  if (x === 0) return { digits: '0', point: 1 };
  const exp = sig < 0 ? x.toExponential() : x.toExponential(Math.min(Math.max(sig - 1, 0), 100));
  const [mant, e] = exp.split('e') as [string, string];
  let digits = mant.replace('.', '').replace(/0+$/, '');
  if (digits === '') digits = '0';
  return { digits, point: Number(e) + 1 };
}

function placePoint(digits: string, point: number): string {
  if (point <= 0) return '0.' + '0'.repeat(-point) + digits;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return digits.slice(0, point) + '.' + digits.slice(point);
}

function expForm(mantissa: string, exponent: number, upper: boolean): string {
  const e = Math.abs(exponent).toString().padStart(2, '0');
  return `${mantissa}${upper ? 'E' : 'e'}${exponent < 0 ? '-' : '+'}${e}`;
}

function formatFloat(n: number, verb: string, spec: Spec): string {
  if (!Number.isFinite(n)) throw new Unsupported('formatting infinite numbers is not supported');
  const x = Math.abs(n);
  let body: string;
  switch (verb) {
    case 'f':
    case 'F': {
      if (x >= 1e21) throw new Unsupported('%f of numbers this large is not supported');
      body = x.toFixed(spec.precision < 0 ? 6 : Math.min(spec.precision, 100));
      break;
    }
    case 'e':
    case 'E': {
      const [mant, e] = x
        .toExponential(spec.precision < 0 ? 6 : Math.min(spec.precision, 100))
        .split('e') as [string, string];
      body = expForm(mant, Number(e), verb === 'E');
      break;
    }
    default: {
      // %g: Go switches to exponent form when the exponent is < -4 or >= the precision.
      const shortest = spec.precision < 0;
      const sig = shortest ? -1 : Math.max(spec.precision, 1);
      const { digits, point } = decimalDigits(x, sig);
      let eprec = shortest ? 6 : sig;
      if (!shortest && eprec > digits.length && digits.length >= point) eprec = digits.length;
      const exponent = point - 1;
      if (exponent < -4 || exponent >= eprec) {
        const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
        body = expForm(mant, exponent, verb === 'G');
      } else {
        body = placePoint(digits, point);
      }
    }
  }
  return pad(signed(n, body, spec), spec, true);
}

function formatInteger(n: number, verb: string, spec: Spec): string {
  if (!Number.isInteger(n))
    throw new EvalError(
      `value ${formatNumber(n)} has a fractional part, so cannot be formatted with %${verb}`,
    );
  if (!Number.isSafeInteger(n)) throw new Unsupported('integers beyond 2^53 cannot be formatted exactly');
  const radix = verb === 'b' ? 2 : verb === 'o' ? 8 : verb === 'x' || verb === 'X' ? 16 : 10;
  let digits = Math.abs(n).toString(radix);
  if (verb === 'X') digits = digits.toUpperCase();
  if (spec.precision >= 0 && digits.length < spec.precision)
    digits = '0'.repeat(spec.precision - digits.length) + digits;
  return pad(signed(n, digits, spec), spec, true);
}

function formatOne(verb: string, arg: Value, spec: Spec): string | Unknown {
  if (arg instanceof Unknown) return arg;
  if (verb === 'v' && spec.sharp) {
    const json = jsonEncode(arg);
    return json instanceof Unknown ? json : pad(json, spec, false);
  }
  if (spec.sharp) throw new Unsupported(`the # flag with %${verb} is not supported`);
  if (arg === null) {
    if (verb === 'v') return pad('null', spec, false);
    throw new EvalError(`unsupported value for "%${verb}": null value cannot be formatted`);
  }
  switch (verb) {
    case 'v': {
      if (typeof arg === 'object') {
        const json = jsonEncode(arg);
        return json instanceof Unknown ? json : pad(json, spec, false);
      }
      return formatOne('s', arg, spec);
    }
    case 's':
    case 'q': {
      if (typeof arg === 'object')
        throw new EvalError(`unsupported value for "%${verb}": string required, not ${typeName(arg)}`);
      let s = toStringValue(arg);
      if (spec.precision >= 0) s = graphemes(s).slice(0, spec.precision).join('');
      return pad(verb === 'q' ? quoteJSON(s) : s, spec, false);
    }
    case 't':
      return pad(toBoolValue(arg) ? 'true' : 'false', spec, false);
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X':
      return formatInteger(toNumberValue(arg), verb, spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return formatFloat(toNumberValue(arg), verb, spec);
    default:
      throw new EvalError(`unrecognized format verb "%${verb}"`);
  }
}

function readNumber(f: string, i: number): [number, number] {
  let n = -1;
  while (i < f.length && f.charCodeAt(i) >= 48 && f.charCodeAt(i) <= 57) {
    n = (n < 0 ? 0 : n * 10) + f.charCodeAt(i) - 48;
    i++;
  }
  return [n, i];
}

export function format(f: string, args: readonly Value[]): string | Unknown {
  const out: string[] = [];
  let next = 0;
  let used = 0;
  let unknown: Unknown | null = null;
  let i = 0;
  while (i < f.length) {
    const pct = f.indexOf('%', i);
    if (pct < 0) {
      out.push(f.slice(i));
      break;
    }
    out.push(f.slice(i, pct));
    i = pct + 1;
    if (f[i] === '%') {
      out.push('%');
      i++;
      continue;
    }
    const spec: Spec = {
      minus: false,
      plus: false,
      space: false,
      zero: false,
      sharp: false,
      width: -1,
      precision: -1,
    };
    for (;;) {
      const c = f[i];
      if (c === '-') spec.minus = true;
      else if (c === '+') spec.plus = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = true;
      else if (c === '#') spec.sharp = true;
      else break;
      i++;
    }
    if (f[i] === '[') {
      const [index, after] = readNumber(f, i + 1);
      if (index < 1 || f[after] !== ']')
        throw new EvalError('invalid explicit argument index in format string');
      next = index - 1;
      i = after + 1;
    }
    if (f[i] === '*') throw new Unsupported('"*" widths in format strings are not supported');
    [spec.width, i] = readNumber(f, i);
    if (f[i] === '.') {
      const [precision, after] = readNumber(f, i + 1);
      spec.precision = precision < 0 ? 0 : precision;
      i = after;
    }
    const verb = f[i];
    if (verb === undefined) throw new EvalError('format string ends with an incomplete verb');
    i++;
    if (next >= args.length) throw new EvalError(`not enough arguments for "%${verb}" at offset ${pct}`);
    const piece = formatOne(verb, args[next]!, spec);
    next++;
    used = Math.max(used, next);
    if (piece instanceof Unknown) unknown = unknownFrom(unknown ? [unknown, piece] : [piece]);
    else out.push(piece);
  }
  if (used < args.length) throw new EvalError(`too many arguments; only ${used} used by format string`);
  return unknown ?? out.join('');
}

export const FORMAT_FUNCTIONS: Record<string, FnDef> = {
  format: def(1, Infinity, (args) => format(argString(args[0]!, 'format'), args.slice(1))),
  formatlist: def(1, Infinity, (args) => {
    const f = argString(args[0]!, 'format');
    const rest = args.slice(1);
    let count = -1;
    rest.forEach((a, i) => {
      if (!Array.isArray(a)) return;
      if (count >= 0 && a.length !== count) {
        throw new EvalError(
          `argument ${i + 2} has length ${a.length}, which is inconsistent with the previous list arguments of length ${count}`,
        );
      }
      count = a.length;
    });
    if (count < 0) count = 1;
    const out: Value[] = [];
    for (let n = 0; n < count; n++) {
      const row = rest.map((a) => (Array.isArray(a) ? argList(a, 'argument')[n]! : a));
      out.push(format(f, row));
    }
    return out;
  }),
};
