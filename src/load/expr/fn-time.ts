/**
 * Date and time functions over RFC 3339 timestamps: formatdate, timeadd, timecmp. Policies use
 * them for `aws:CurrentTime` windows (`DateLessThan = timeadd(var.start, "24h")`). timestamp()
 * and plantimestamp() stay Unknown: their value is the moment Terraform runs.
 *
 * Instants are kept in nanoseconds (BigInt), as Go keeps them, so a fraction of a second added
 * to a fractional timestamp carries into the seconds exactly as Terraform's result does.
 */
import { EvalError } from './errors.js';
import { argString, def } from './fn-args.js';
import type { FnDef } from './fn-args.js';

interface Timestamp {
  /** Nanoseconds since 1970-01-01T00:00:00Z. */
  readonly instant: bigint;
  /** The offset the timestamp was written in, in minutes east of UTC: results keep it. */
  readonly offsetMinutes: number;
}

const NS_PER_SECOND = 1_000_000_000n;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days in a month of the proleptic Gregorian calendar, which Go's time uses for every year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Go's time.Parse with the RFC 3339 layout: uppercase T and Z, every field in range. */
export function parseTimestamp(text: string): Timestamp {
  const m = RFC3339.exec(text);
  if (m === null) throw new EvalError(`"${text}" is not a valid RFC3339 timestamp`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const invalid = (what: string) =>
    new EvalError(`"${text}" is not a valid RFC3339 timestamp: ${what} out of range`);
  if (month < 1 || month > 12) throw invalid('month');
  if (day < 1 || day > daysInMonth(year, month)) throw invalid('day of month');
  if (hour > 23) throw invalid('hour');
  if (minute > 59) throw invalid('minute');
  if (second > 59) throw invalid('second');
  let offsetMinutes = 0;
  if (m[8] === undefined) {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 23 || offsetMins > 59) throw invalid('UTC offset');
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  // Go reads at most nine digits of a fraction and drops the rest.
  const nanos = BigInt((m[7] ?? '').slice(0, 9).padEnd(9, '0'));
  const seconds =
    daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
  return { instant: BigInt(seconds) * NS_PER_SECOND + nanos, offsetMinutes };
}

interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 (Sunday) to 6. */
  readonly weekday: number;
}

/** The wall-clock fields of a timestamp in its own offset. */
function civil(t: Timestamp): Civil {
  const local = t.instant + BigInt(t.offsetMinutes * 60) * NS_PER_SECOND;
  // Floor division, so instants before 1970 fall in the right second.
  let seconds = local / NS_PER_SECOND;
  if (local % NS_PER_SECOND < 0n) seconds -= 1n;
  const total = Number(seconds);
  const days = Math.floor(total / 86400);
  const inDay = total - days * 86400;
  return {
    ...civilFromDays(days),
    hour: Math.floor(inDay / 3600),
    minute: Math.floor((inDay % 3600) / 60),
    second: inDay % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Go's fmt %0Nd: the sign counts towards the width. */
function padSigned(n: number, width: number): string {
  return n < 0 ? `-${pad(-n, width - 1)}` : pad(n, width);
}

function offsetText(offsetMinutes: number, colon: boolean): string {
  const abs = Math.abs(offsetMinutes);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** Go's Format(time.RFC3339): whole seconds, `Z` for a zero offset. */
function formatRFC3339(t: Timestamp): string {
  const c = civil(t);
  const year = c.year < 0 ? `-${pad(-c.year, 4)}` : pad(c.year, 4);
  const zone = t.offsetMinutes === 0 ? 'Z' : offsetText(t.offsetMinutes, true);
  return `${year}-${pad(c.month, 2)}-${pad(c.day, 2)}T${pad(c.hour, 2)}:${pad(c.minute, 2)}:${pad(c.second, 2)}${zone}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/**
 * formatdate's tokens, split as cty's splitDateFormat splits them: a quoted literal (`''` is one
 * quote), a run of one repeated letter, or a run of anything else.
 */
function dateFormatTokens(spec: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < spec.length) {
    const c = spec[i]!;
    let end = i + 1;
    if (c === "'") {
      if (spec[i + 1] === "'") end = i + 2;
      else {
        end = spec.length;
        for (let j = i + 1; j < spec.length; j++) {
          if (spec[j] !== "'") continue;
          if (spec[j + 1] === "'") {
            j++;
            continue;
          }
          end = j + 1;
          break;
        }
      }
    } else if (isLetter(c)) {
      while (end < spec.length && spec[end] === c) end++;
    } else {
      while (end < spec.length && spec[end] !== "'" && !isLetter(spec[end]!)) end++;
    }
    tokens.push(spec.slice(i, end));
    i = end;
  }
  return tokens;
}

function verbError(token: string, rule: string): EvalError {
  return new EvalError(`invalid date format verb "${token}"${rule === '' ? '' : `: ${rule}`}`);
}

function formatVerb(token: string, c: Civil, t: Timestamp): string {
  const n = token.length;
  const numeric = (value: number, what: string, one: string) => {
    if (n === 1) return String(value);
    if (n === 2) return pad(value, 2);
    throw verbError(token, `${what} must either be "${one}" or "${one}${one}"`);
  };
  switch (token[0]) {
    case 'Y':
      if (n === 2) return padSigned(c.year % 100, 2);
      if (n === 4) return padSigned(c.year, 4);
      throw verbError(token, 'year must either be "YY" or "YYYY"');
    case 'M':
      if (n === 3) return MONTHS[c.month - 1]!.slice(0, 3);
      if (n === 4) return MONTHS[c.month - 1]!;
      if (n <= 2) return numeric(c.month, 'month', 'M');
      throw verbError(token, 'month must be "M", "MM", "MMM", or "MMMM"');
    case 'D':
      return numeric(c.day, 'day of month', 'D');
    case 'E':
      if (n === 3) return WEEKDAYS[c.weekday]!.slice(0, 3);
      if (n === 4) return WEEKDAYS[c.weekday]!;
      throw verbError(token, 'day of week must either be "EEE" or "EEEE"');
    case 'h':
      return numeric(c.hour, '24-hour', 'h');
    case 'H':
      return numeric(c.hour % 12 === 0 ? 12 : c.hour % 12, '12-hour', 'H');
    case 'A':
    case 'a': {
      if (n !== 2) throw verbError(token, `must be "${token[0]}${token[0]}"`);
      const marker = c.hour < 12 ? 'AM' : 'PM';
      return token[0] === 'A' ? marker : marker.toLowerCase();
    }
    case 'm':
      return numeric(c.minute, 'minute', 'm');
    case 's':
      return numeric(c.second, 'second', 's');
    case 'Z':
      if (n === 1) return t.offsetMinutes === 0 ? 'Z' : offsetText(t.offsetMinutes, true);
      if (n === 3) return t.offsetMinutes === 0 ? 'UTC' : offsetText(t.offsetMinutes, false);
      if (n === 4) return offsetText(t.offsetMinutes, false);
      if (n === 5) return offsetText(t.offsetMinutes, true);
      throw verbError(token, 'timezone must be Z, ZZZZ, or ZZZZZ');
    default:
      throw verbError(token, '');
  }
}

export function formatDate(spec: string, timestamp: string): string {
  const t = parseTimestamp(timestamp);
  const c = civil(t);
  let out = '';
  for (const token of dateFormatTokens(spec)) {
    if (token[0] === "'") {
      if (token.length === 1 || !token.endsWith("'")) throw new EvalError("unterminated literal '");
      if (token.length === 2) out += "'";
      else {
        const raw = token.slice(1, -1);
        for (let i = 0; i < raw.length; i++) {
          out += raw[i];
          if (raw[i] === "'") i++;
        }
      }
    } else if (isLetter(token[0]!)) out += formatVerb(token, c, t);
    else out += token;
  }
  return out;
}

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n, // U+00B5 micro sign
  μs: 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: NS_PER_SECOND,
  m: 60n * NS_PER_SECOND,
  h: 3600n * NS_PER_SECOND,
};
const MAX_DURATION = (1n << 63n) - 1n;

/** Go's time.ParseDuration: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or a bare "0", in nanoseconds. */
export function parseDuration(text: string): bigint {
  const invalid = () => new EvalError(`time: invalid duration "${text}"`);
  let s = text;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') throw invalid();
  let total = 0n;
  const unit = /^(\d*)(?:\.(\d*))?([^\d.]*)/;
  while (s !== '') {
    const m = unit.exec(s)!;
    const [whole, integer = '', fraction, name = ''] = m;
    if (integer === '' && (fraction === undefined || fraction === '')) throw invalid();
    if (name === '') throw new EvalError(`time: missing unit in duration "${text}"`);
    const scale = UNITS[name];
    if (scale === undefined) throw new EvalError(`time: unknown unit "${name}" in duration "${text}"`);
    let value = BigInt(integer === '' ? '0' : integer);
    if (value > MAX_DURATION / scale) throw invalid();
    value *= scale;
    if (fraction !== undefined && fraction !== '') {
      // As Go does: the fraction's digits as a float, times the unit over the fraction's scale.
      value += BigInt(Math.trunc(Number(fraction) * (Number(scale) / 10 ** fraction.length)));
      if (value > MAX_DURATION) throw invalid();
    }
    total += value;
    if (total > MAX_DURATION) throw invalid();
    s = s.slice(whole.length);
  }
  return negative ? -total : total;
}

export const TIME_FUNCTIONS: Record<string, FnDef> = {
  formatdate: def(2, 2, ([spec, ts]) => formatDate(argString(spec!, 'format'), argString(ts!, 'time'))),
  timeadd: def(2, 2, ([ts, duration]) => {
    const t = parseTimestamp(argString(ts!, 'timestamp'));
    const d = parseDuration(argString(duration!, 'duration'));
    return formatRFC3339({ instant: t.instant + d, offsetMinutes: t.offsetMinutes });
  }),
  timecmp: def(2, 2, ([a, b]) => {
    const ta = parseTimestamp(argString(a!, 'timestamp_a')).instant;
    const tb = parseTimestamp(argString(b!, 'timestamp_b')).instant;
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  }),
};
