/**
 * csvdecode, read the way Terraform reads it (Go's encoding/csv with its defaults): RFC 4180
 * quoting, `\r\n` read as `\n`, blank lines skipped, every record as wide as the header. Account
 * and OU lists are often kept in a CSV file and turned into `for_each` maps with this.
 */
import type { Value, ValueObject } from '../../model/value.js';
import { newObject, setKey } from './convert.js';
import { EvalError } from './errors.js';
import { argString, def } from './fn-args.js';
import type { FnDef } from './fn-args.js';

interface CsvRecord {
  readonly fields: string[];
  /** 1-based line the record starts on, for errors. */
  readonly line: number;
}

class CsvReader {
  private pos = 0;
  private line = 0;

  constructor(private readonly text: string) {}

  /** The next line with `\r\n` (and a final lone `\r`) read as `\n`; undefined at the end. */
  private readLine(): string | undefined {
    if (this.pos >= this.text.length) return undefined;
    const newline = this.text.indexOf('\n', this.pos);
    const end = newline < 0 ? this.text.length : newline + 1;
    let line = this.text.slice(this.pos, end);
    this.pos = end;
    this.line++;
    if (line.endsWith('\r\n')) line = `${line.slice(0, -2)}\n`;
    else if (newline < 0 && line.endsWith('\r')) line = line.slice(0, -1);
    return line;
  }

  private fail(message: string): never {
    throw new EvalError(`CSV parse error on line ${this.line}: ${message}`);
  }

  read(): CsvRecord | undefined {
    let line: string | undefined;
    do line = this.readLine();
    while (line === '\n');
    if (line === undefined) return undefined;
    const start = this.line;
    const fields: string[] = [];
    let rest = line;
    for (;;) {
      if (!rest.startsWith('"')) {
        const comma = rest.indexOf(',');
        const field = comma < 0 ? rest.replace(/\n$/, '') : rest.slice(0, comma);
        if (field.includes('"')) this.fail('bare " in non-quoted-field');
        fields.push(field);
        if (comma < 0) return { fields, line: start };
        rest = rest.slice(comma + 1);
        continue;
      }
      let field = '';
      rest = rest.slice(1);
      for (;;) {
        const quote = rest.indexOf('"');
        if (quote >= 0) {
          field += rest.slice(0, quote);
          const after = rest[quote + 1];
          if (after === '"') {
            field += '"';
            rest = rest.slice(quote + 2);
          } else if (after === ',') {
            rest = rest.slice(quote + 2);
            fields.push(field);
            break;
          } else if (after === undefined || after === '\n') {
            fields.push(field);
            return { fields, line: start };
          } else this.fail('extraneous or missing " in quoted-field');
        } else {
          // The quoted field goes on past this line.
          field += rest;
          const next = this.readLine();
          if (next === undefined) this.fail('extraneous or missing " in quoted-field');
          rest = next;
        }
      }
    }
  }
}

function csvDecode(text: string): Value {
  const reader = new CsvReader(text);
  const header = reader.read();
  if (header === undefined) throw new EvalError('missing header line');
  const seen = new Set<string>();
  for (const name of header.fields) {
    if (seen.has(name)) throw new EvalError(`duplicate column name ${JSON.stringify(name)}`);
    seen.add(name);
  }
  const rows: ValueObject[] = [];
  for (let record = reader.read(); record !== undefined; record = reader.read()) {
    if (record.fields.length !== header.fields.length) {
      throw new EvalError(`CSV parse error on line ${record.line}: wrong number of fields`);
    }
    const row = newObject();
    header.fields.forEach((name, i) => setKey(row, name, record.fields[i]!));
    rows.push(row);
  }
  return rows;
}

export const CSV_FUNCTIONS: Record<string, FnDef> = {
  csvdecode: def(1, 1, ([s]) => csvDecode(argString(s!, 'str'))),
};
