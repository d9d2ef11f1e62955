import { atOrAbove, SEVERITIES, type FailOn, type Finding, type Severity } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { Rule } from '../rules/rule.js';
import type { ScanResult } from '../scan.js';
import { compareFindings, repoLocation, type Annotation, type PathContext } from './annotations.js';

/** The hidden line that identifies our one sticky comment among a pull request's comments. */
export const COMMENT_MARKER = '<!-- rootguard:comment -->';
/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub keeps at most 1 MiB of job summary per step; stay under it in bytes. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

export interface MarkdownContext extends PathContext {
  readonly failOn: FailOn;
  readonly rules: readonly Rule[];
  /** `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY` and the commit: with all three, locations become links. */
  readonly serverUrl?: string;
  readonly repository?: string;
  readonly sha?: string;
  /** Findings that got no step annotation because of GitHub's per-step cap. */
  readonly unannotated?: readonly Annotation[];
  /** Size limit for the whole document (characters for comments, bytes for the summary). */
  readonly limit?: number;
}

export type VerdictState = 'error' | 'fail' | 'warn' | 'pass';

export interface Verdict {
  readonly state: VerdictState;
  /** Markdown, one line. */
  readonly text: string;
}

const ICON: Record<VerdictState, string> = { error: '❌', fail: '❌', warn: '⚠️', pass: '✅' };
const SEVERITY_ICON: Record<Severity, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function active(result: ScanResult): Finding[] {
  return result.findings.filter((f) => !f.suppressed).sort(compareFindings);
}

export function verdict(result: ScanResult, failOn: FailOn): Verdict {
  const findings = active(result);
  const blocking = findings.filter((f) => atOrAbove(f.severity, failOn)).length;
  if (result.errors.length > 0) {
    return { state: 'error', text: `could not read ${plural(result.errors.length, 'input')}` };
  }
  if (blocking > 0) {
    return {
      state: 'fail',
      text: `${plural(blocking, 'finding')} at or above \`${failOn}\` block the merge`,
    };
  }
  if (findings.length > 0) {
    return { state: 'warn', text: `${plural(findings.length, 'finding')} below the \`${failOn}\` threshold` };
  }
  return { state: 'pass', text: 'all clear, no root-user risk found' };
}

/** One line for core.setFailed, or undefined when the merge may go ahead (plain text: the log shows it). */
export function failureLine(result: ScanResult, failOn: FailOn): string | undefined {
  const e = result.errors[0];
  if (e) {
    const where = `${e.file}${e.line !== undefined ? `:${e.line}` : ''}`;
    return `RootGuard could not read ${plural(result.errors.length, 'input')}; first: ${where} ${e.message}`;
  }
  const v = verdict(result, failOn);
  if (v.state !== 'fail') return undefined;
  const s = result.summary;
  const counts = SEVERITIES.map((sev) => `${s[sev]} ${sev}`).join(', ');
  return `RootGuard: ${v.text.replace(/`/g, '')} (${counts})`;
}

// ---------------------------------------------------------------------------------------------
// Escaping: messages quote Terraform (policy JSON, resource keys), which may hold `|`, `<`, `*`, `@`.

/** Text for Markdown prose or a table cell: no HTML, no emphasis, no table breaks, no @mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#!])/g, '\\$1')
    .replace(/@(?=\w)/g, '@&#8203;') // a zero-width space stops GitHub pinging a user or team
    .replace(/\r?\n/g, '<br>');
}

/** An inline code span that survives any content, inside a table too (GFM splits cells on `|` first). */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Cuts long text so one huge message cannot take a whole comment. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** `https://github.com/o/r/blob/<sha>/<file>#L<line>`, or undefined when the context lacks a part. */
export function blobUrl(location: Location, ctx: MarkdownContext): string | undefined {
  if (!ctx.serverUrl || !ctx.repository || !ctx.sha) return undefined;
  const file = location.file.split('/').map(encodeURIComponent).join('/');
  return safeUrl(
    `${ctx.serverUrl.replace(/\/$/, '')}/${ctx.repository}/blob/${ctx.sha}/${file}#L${location.line}`,
  );
}

function locationCell(location: Location | undefined, ctx: MarkdownContext): string {
  const at = repoLocation(location, ctx);
  if (!at) return '(organization)';
  const label = escapeMarkdown(`${at.file}:${at.line}`);
  const url = blobUrl(at, ctx);
  return url ? `[${label}](${url})` : label;
}

function severityCell(severity: Severity): string {
  return `${SEVERITY_ICON[severity]}&nbsp;${severity}`; // kept on one line in narrow columns
}

function ruleName(ruleId: string, ctx: MarkdownContext): string {
  const rule = ctx.rules.find((r) => r.id === ruleId);
  return rule ? `**${ruleId}** ${escapeMarkdown(rule.name)}` : `**${escapeMarkdown(ruleId)}**`;
}

function countsLine(result: ScanResult): string {
  const s = result.summary;
  return SEVERITIES.map((sev) => `${SEVERITY_ICON[sev]} ${s[sev]} ${sev}`).join(' · ');
}

function shortSha(sha: string | undefined): string {
  return sha ? ` at ${code(sha.slice(0, 7))}` : '';
}

// ---------------------------------------------------------------------------------------------
// Fitting a document under a size limit: fixed text always, then lists filled in order, each cut
// with a note that says how many were left out and where to find them.

type Block =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'list';
      readonly open: string;
      readonly items: readonly string[];
      readonly close: string;
      readonly more: (n: number) => string;
    };

function text(value: string): Block {
  return { kind: 'text', text: value };
}

function list(open: string, items: readonly string[], close: string, more: (n: number) => string): Block[] {
  return items.length === 0 ? [] : [{ kind: 'list', open, items, close, more }];
}

function fit(blocks: readonly Block[], limit: number, measure: (s: string) => number): string {
  let used = 0;
  for (const b of blocks) {
    // Reserve each list's frame and its longest possible "more" note before filling any list.
    used += b.kind === 'text' ? measure(b.text) : measure(b.open + b.close + b.more(b.items.length));
  }
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'text') {
      out.push(b.text);
      continue;
    }
    const kept: string[] = [];
    for (const item of b.items) {
      const size = measure(item);
      if (used + size > limit) break;
      used += size;
      kept.push(item);
    }
    const dropped = b.items.length - kept.length;
    out.push(b.open, ...kept, dropped > 0 ? b.more(dropped) : '', b.close);
  }
  const doc = out.join('');
  // Only fixed text can still overflow (it never does with real rule metadata); never send an over-long body.
  return measure(doc) <= limit ? doc : clip(doc, Math.floor(limit / 4));
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');
const charLength = (s: string): number => s.length; // UTF-16 units: never fewer than GitHub's characters

// ---------------------------------------------------------------------------------------------
// Pieces shared by the summary and the comment.

function findingRow(f: Finding, ctx: MarkdownContext, messageMax: number): string {
  const resource = f.resource ? code(clip(f.resource, 200)) : '';
  const message = escapeMarkdown(clip(f.message, messageMax));
  return `| ${severityCell(f.severity)} | ${ruleName(f.ruleId, ctx)} | ${resource} | ${locationCell(f.location, ctx)} | ${message} |\n`;
}

const FINDINGS_HEADER = '| Severity | Rule | Resource | Location | Finding |\n|---|---|---|---|---|\n';

/** A URL that cannot end a Markdown link early. */
function safeUrl(url: string): string {
  // encodeURIComponent leaves parentheses alone, so percent-encode by hand.
  return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html` -> `root-user-best-practices`. */
export function linkLabel(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname
      .split('/')
      .filter(Boolean)
      .pop()
      ?.replace(/\.html?$/, '');
    return u.hash && u.hash.length > 1 ? u.hash.slice(1) : (last ?? u.hostname);
  } catch {
    return url;
  }
}

function fixItem(rule: Rule, withExample: boolean): string {
  const docs = rule.docs.map((d) => `[${escapeMarkdown(linkLabel(d))}](${safeUrl(d)})`).join(' · ');
  const lines = [
    `#### ${rule.id} ${escapeMarkdown(rule.name)}: ${escapeMarkdown(rule.title)}\n\n`,
    `${escapeMarkdown(rule.remediation)}\n\n`,
  ];
  if (withExample && rule.example) {
    lines.push(
      `<details><summary>Before and after</summary>\n\n${fenced(rule.example.bad)}\n${fenced(rule.example.good)}\n</details>\n\n`,
    );
  }
  if (docs) lines.push(`${docs}\n\n`);
  return lines.join('');
}

/** A fenced code block whose fence no line of the content can close. */
export function fenced(content: string, lang = 'hcl'): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${content.replace(/\n$/, '')}\n${fence}\n`;
}

function firedRules(findings: readonly Finding[], ctx: MarkdownContext): Rule[] {
  const ids = new Set(findings.map((f) => f.ruleId));
  return ctx.rules.filter((r) => ids.has(r.id));
}

function unverifiedRow(u: ScanResult['unverified'][number], ctx: MarkdownContext): string {
  const rule = u.ruleId === '*' ? 'all rules' : ruleName(u.ruleId, ctx);
  const resource = u.resource ? code(clip(u.resource, 200)) : '';
  return `| ${rule} | ${resource} | ${locationCell(u.location, ctx)} | ${escapeMarkdown(clip(u.reason, 500))} |\n`;
}

const UNVERIFIED_HEADER = '| Rule | Resource | Location | Why it could not be decided |\n|---|---|---|---|\n';

// ---------------------------------------------------------------------------------------------

/** The job summary: everything a reader of the run needs, with the fix for each rule that fired. */
export function renderSummary(result: ScanResult, ctx: MarkdownContext): string {
  const findings = active(result);
  const suppressed = result.findings.filter((f) => f.suppressed);
  const v = verdict(result, ctx.failOn);
  const s = result.summary;
  const blocks: Block[] = [
    text(
      `## 🛡️ RootGuard\n\n${ICON[v.state]} **${v.text}** (fail-on: \`${ctx.failOn}\`)${shortSha(ctx.sha)}\n\n`,
    ),
    text(
      '| Critical | High | Medium | Low | Unverified | Suppressed | Files scanned |\n|---:|---:|---:|---:|---:|---:|---:|\n' +
        `| ${s.critical} | ${s.high} | ${s.medium} | ${s.low} | ${result.unverified.length} | ${suppressed.length} | ${result.stats.files} |\n\n`,
    ),
  ];
  if (findings.length > 0) {
    blocks.push(text(`### Findings (${findings.length})\n\n`));
    blocks.push(
      ...list(
        FINDINGS_HEADER,
        findings.map((f) => findingRow(f, ctx, 2000)),
        '\n',
        (n) =>
          `\n_…and ${plural(n, 'more finding')}, cut to fit the job summary: see the SARIF or JSON report._\n`,
      ),
    );
  }
  const hidden = ctx.unannotated ?? [];
  if (hidden.length > 0) {
    blocks.push(
      text(
        `> [!NOTE]\n> GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. ` +
          `${plural(hidden.length, 'finding')} in the table above ${hidden.length === 1 ? 'has' : 'have'} no annotation on the diff:\n`,
      ),
      ...list(
        '',
        hidden.map(
          (a) =>
            `> - ${a.ruleId} ${a.severity} ${escapeMarkdown(a.file ? `${a.file}:${a.line ?? 1}` : '(organization)')}\n`,
        ),
        '\n',
        (n) => `> - …and ${n} more\n`,
      ),
    );
  }
  if (result.unverified.length > 0) {
    blocks.push(
      text(
        `### Unverified checks (${result.unverified.length})\n\nNot decided without guessing; neither passed nor failed.\n\n`,
      ),
    );
    blocks.push(
      ...list(
        UNVERIFIED_HEADER,
        result.unverified.map((u) => unverifiedRow(u, ctx)),
        '\n',
        (n) => `\n_…and ${n} more._\n`,
      ),
    );
  }
  if (suppressed.length > 0) {
    blocks.push(text(`### Suppressed (${suppressed.length})\n\n`));
    blocks.push(
      ...list(
        '| Rule | Resource | Location | Justification |\n|---|---|---|---|\n',
        suppressed.map(
          (f) =>
            `| ${ruleName(f.ruleId, ctx)} | ${f.resource ? code(clip(f.resource, 200)) : ''} | ${locationCell(f.location, ctx)} | ${escapeMarkdown(clip(f.justification ?? '', 500))} |\n`,
        ),
        '\n',
        (n) => `\n_…and ${n} more._\n`,
      ),
    );
  }
  if (result.errors.length > 0) {
    blocks.push(text(`### Errors (${result.errors.length})\n\n`));
    blocks.push(
      ...list(
        '',
        result.errors.map(
          (e) =>
            `- ${code(`${e.file}${e.line !== undefined ? `:${e.line}` : ''}`)} ${escapeMarkdown(clip(e.message, 1000))}\n`,
        ),
        '\n',
        (n) => `- …and ${n} more\n`,
      ),
    );
  }
  const warnings = result.warnings;
  if (warnings.length > 0) {
    blocks.push(text(`### Configuration warnings (${warnings.length})\n\n`));
    blocks.push(
      ...list(
        '',
        warnings.map(
          (w) =>
            `- ${code(`${w.file}${w.line !== undefined ? `:${w.line}` : ''}`)} ${escapeMarkdown(clip(w.message, 1000))}\n`,
        ),
        '\n',
        (n) => `- …and ${n} more\n`,
      ),
    );
  }
  const fixes = firedRules(findings, ctx);
  if (fixes.length > 0) {
    blocks.push(text('### How to fix\n\n'));
    blocks.push(
      ...list(
        '',
        fixes.map((r) => fixItem(r, true)),
        '',
        (n) => `_…and ${n} more rules: run \`rootguard explain <RULE-ID>\`._\n`,
      ),
    );
  }
  return fit(blocks, ctx.limit ?? SUMMARY_LIMIT_BYTES, byteLength);
}

/** The sticky pull-request comment: verdict, table, and the fixes and unverified checks folded away. */
export function renderComment(result: ScanResult, ctx: MarkdownContext): string {
  const findings = active(result);
  const v = verdict(result, ctx.failOn);
  const suppressed = result.findings.length - findings.length;
  const tail = [
    result.unverified.length > 0 ? plural(result.unverified.length, 'unverified check') : '',
    suppressed > 0 ? `${suppressed} suppressed` : '',
    `${plural(result.stats.files, 'file')} scanned${shortSha(ctx.sha)}`,
  ].filter(Boolean);
  const blocks: Block[] = [
    text(`${COMMENT_MARKER}\n### 🛡️ RootGuard: ${ICON[v.state]} ${v.text}\n\n`),
    text(`${countsLine(result)} · fail-on: \`${ctx.failOn}\` · ${tail.join(' · ')}\n\n`),
  ];
  if (v.state === 'pass') {
    blocks.push(
      text(
        'Nothing in this pull request exposes the AWS root user. Earlier findings, if any, are fixed.\n\n',
      ),
    );
  }
  blocks.push(
    ...list(
      FINDINGS_HEADER,
      findings.map((f) => findingRow(f, ctx, 300)),
      '\n',
      (n) =>
        `\n_…and ${plural(n, 'more finding')} not shown to keep this comment within GitHub's size limit: see the job summary._\n`,
    ),
  );
  if (result.errors.length > 0) {
    blocks.push(
      ...list(
        `<details><summary>Errors (${result.errors.length})</summary>\n\n`,
        result.errors.map(
          (e) =>
            `- ${code(`${e.file}${e.line !== undefined ? `:${e.line}` : ''}`)} ${escapeMarkdown(clip(e.message, 300))}\n`,
        ),
        '\n</details>\n\n',
        (n) => `- …and ${n} more\n`,
      ),
    );
  }
  const fixes = firedRules(findings, ctx);
  blocks.push(
    ...list(
      `<details><summary>How to fix (${plural(fixes.length, 'rule')})</summary>\n\n`,
      fixes.map((r) => fixItem(r, false)),
      '</details>\n\n',
      (n) => `_…and ${n} more: see the job summary._\n\n`,
    ),
  );
  blocks.push(
    ...list(
      `<details><summary>Unverified checks (${result.unverified.length})</summary>\n\n${UNVERIFIED_HEADER}`,
      result.unverified.map((u) => unverifiedRow(u, ctx)),
      '\n</details>\n\n',
      (n) => `\n_…and ${n} more: see the job summary._\n`,
    ),
  );
  blocks.push(text('<sub>RootGuard updates this comment on every push.</sub>\n'));
  return fit(blocks, ctx.limit ?? COMMENT_LIMIT, charLength);
}
