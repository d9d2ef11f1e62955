import { globMatches, type Config, type IgnoreEntry } from './config.js';
import type { Finding, ScanError } from './model/finding.js';

const INLINE = /^\s*(?:#|\/\/)\s*rootguard:ignore\b(.*)$/;
/** The same comment at the end of a line of code: `user = "root" # rootguard:ignore RG001 -- why`. */
const TRAILING = /\s(?:#|\/\/)\s*rootguard:ignore\b(.*)$/;
const INLINE_BODY = /^\s+((?:RG\d{3})(?:\s*,\s*RG\d{3})*)(?:\s+until\s+(\S+))?\s*(?:--\s*(.*))?$/;

export interface InlineSuppression {
  readonly file: string;
  readonly line: number;
  readonly rules: readonly string[];
  readonly reason?: string;
  readonly until?: string;
}

export interface SuppressionInput {
  readonly config: Config;
  /** Source text by display path (HCL files), for inline comments. */
  readonly sources: ReadonlyMap<string, string>;
  /** Start lines of each file's top-level blocks, so a comment above the block covers attribute findings. */
  readonly blockLines: ReadonlyMap<string, readonly number[]>;
  readonly today: string;
}

/**
 * Marks findings accepted by an inline `# rootguard:ignore RG006 -- reason` comment or a config
 * `ignore` entry as suppressed, with their justification. A suppression without a reason, or past
 * its date, does not suppress: it comes back as a warning so it cannot silently rot.
 */
export function applySuppressions(
  findings: readonly Finding[],
  input: SuppressionInput,
): { findings: Finding[]; warnings: ScanError[] } {
  const warnings: ScanError[] = [];
  const inline = new Map<string, FileComments>();
  for (const [file, text] of input.sources) {
    if (!text.includes('rootguard:ignore')) continue;
    const lines = text.split('\n');
    const found = parseInlineSuppressions(file, lines);
    if (found.size > 0) {
      const starts = [...(input.blockLines.get(file) ?? [])].sort((a, b) => a - b);
      inline.set(file, { comments: found, lines, blockStarts: starts });
    }
    for (const s of found.values()) {
      if (s.rules.length === 0) {
        warnings.push({
          file,
          line: s.line,
          message:
            'rootguard:ignore must name rule ids (e.g. RG006) and a reason after "--"; it suppresses nothing',
        });
      } else if (!s.reason) {
        warnings.push({
          file,
          line: s.line,
          message: `rootguard:ignore ${s.rules.join(',')} has no reason (write "-- why"); it suppresses nothing`,
        });
      } else if (s.until !== undefined && !isValidDate(s.until)) {
        warnings.push({
          file,
          line: s.line,
          message: `rootguard:ignore until "${s.until}" is not a date YYYY-MM-DD; it suppresses nothing`,
        });
      } else if (s.until !== undefined && s.until < input.today) {
        warnings.push({
          file,
          line: s.line,
          message: `rootguard:ignore ${s.rules.join(',')} expired on ${s.until}; it no longer suppresses`,
        });
      }
    }
  }
  const expiredConfig = new Set<IgnoreEntry>();
  for (const entry of input.config.ignore) {
    if (entry.expires !== undefined && entry.expires < input.today) {
      expiredConfig.add(entry);
      warnings.push({
        file: input.config.file ?? '.rootguard.yml',
        ...(entry.line !== undefined ? { line: entry.line } : {}),
        message: `ignore ${entry.rule} expired on ${entry.expires}; it no longer suppresses`,
      });
    }
  }

  const out = findings.map((finding) => {
    const byComment = inlineFor(finding, inline, input);
    if (byComment)
      return {
        ...finding,
        suppressed: true,
        justification: `${byComment.file}:${byComment.line}: ${byComment.reason}`,
      };
    const entry = input.config.ignore.find((e) => !expiredConfig.has(e) && entryMatches(e, finding));
    if (entry) {
      const until = entry.expires !== undefined ? ` (until ${entry.expires})` : '';
      return {
        ...finding,
        suppressed: true,
        justification: `${input.config.file ?? 'config'}: ${entry.reason}${until}`,
      };
    }
    return finding;
  });
  return { findings: out, warnings };
}

function isValidDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

function usable(s: InlineSuppression, today: string): boolean {
  return (
    s.rules.length > 0 && !!s.reason && (s.until === undefined || (isValidDate(s.until) && s.until >= today))
  );
}

/** A file with suppression comments, read once for all of its findings. */
interface FileComments {
  readonly comments: Map<number, InlineSuppression>;
  readonly lines: readonly string[];
  /** Start lines of its top-level blocks, ascending. */
  readonly blockStarts: readonly number[];
}

/** The last of ascending `starts` at or before `line`. */
function lastAtOrBefore(starts: readonly number[], line: number): number | undefined {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1] : undefined;
}

/** Comments in the run of comment lines directly above the finding's line or its block's line. */
function inlineFor(
  finding: Finding,
  inline: Map<string, FileComments>,
  input: SuppressionInput,
): InlineSuppression | undefined {
  const file = finding.location?.file;
  if (file === undefined) return undefined;
  const known = inline.get(file);
  if (!known) return undefined;
  const { comments, lines } = known;
  const line = finding.location?.line ?? 0;
  const enclosing = lastAtOrBefore(known.blockStarts, line);
  const targets = enclosing !== undefined && enclosing !== line ? [line, enclosing] : [line];
  for (const target of targets) {
    if (target === undefined) continue;
    // A comment at the end of the finding's line or of its block's first line, then the run above.
    for (let line = target; line >= 1; line--) {
      if (line < target && !/^\s*(#|\/\/)/.test(lines[line - 1] ?? '')) break;
      const s = comments.get(line);
      if (s && s.rules.includes(finding.ruleId) && usable(s, input.today)) return s;
    }
  }
  return undefined;
}

/** The suppression comments of a file, by line, from its lines. */
function parseInlineSuppressions(file: string, lines: readonly string[]): Map<number, InlineSuppression> {
  const found = new Map<number, InlineSuppression>();
  lines.forEach((lineText, i) => {
    const m = INLINE.exec(lineText) ?? trailingComment(lineText);
    if (!m) return;
    const body = INLINE_BODY.exec(m[1] ?? '');
    const line = i + 1;
    if (!body) {
      found.set(line, { file, line, rules: [] });
      return;
    }
    const rules = (body[1] ?? '').split(',').map((r) => r.trim());
    const reason = body[3]?.trim();
    found.set(line, {
      file,
      line,
      rules,
      ...(reason ? { reason } : {}),
      ...(body[2] !== undefined ? { until: body[2] } : {}),
    });
  });
  return found;
}

/** A trailing suppression comment, unless its marker sits inside a quoted string. */
function trailingComment(lineText: string): RegExpExecArray | null {
  const m = TRAILING.exec(lineText);
  if (!m) return null;
  let quotes = 0;
  for (let i = 0; i < m.index; i++) {
    if (lineText[i] === '\\') i++;
    else if (lineText[i] === '"') quotes++;
  }
  return quotes % 2 === 0 ? m : null;
}

function entryMatches(entry: IgnoreEntry, finding: Finding): boolean {
  if (entry.rule !== finding.ruleId) return false;
  if (
    entry.resource !== undefined &&
    !(finding.resource !== undefined && globMatches(entry.resource, finding.resource))
  )
    return false;
  if (
    entry.path !== undefined &&
    !(finding.location !== undefined && globMatches(entry.path, finding.location.file))
  )
    return false;
  return true;
}
