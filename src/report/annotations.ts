import path from 'node:path';
import { severityRank, type Finding, type Severity } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { ScanResult } from '../scan.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  readonly level: AnnotationLevel;
  readonly severity: Severity;
  readonly ruleId: string;
  readonly title: string;
  readonly message: string;
  readonly resource?: string;
  /** Relative to the repository root, with `/`: GitHub places annotations on the diff by this path. */
  readonly file?: string;
  readonly line?: number;
}

/**
 * GitHub shows at most this many annotations of each level per step; the rest are dropped silently,
 * so we choose which ones (the worst) and name the others in the job summary.
 */
export const ANNOTATION_LIMIT_PER_LEVEL = 10;

export function levelOf(severity: Severity): AnnotationLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  return severity === 'medium' ? 'warning' : 'notice';
}

/** Where the repository is, and where the scan ran: findings name files relative to the latter. */
export interface PathContext {
  readonly cwd: string;
  readonly workspace: string;
}

/** A scanner path (relative to cwd) as a path relative to the repository root, with `/`. */
export function repoPath(file: string, ctx: PathContext): string {
  const rel = path.relative(path.resolve(ctx.workspace), path.resolve(ctx.cwd, file));
  // Outside the checkout GitHub cannot place it anyway; keep what the scanner said.
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

export function repoLocation(location: Location | undefined, ctx: PathContext): Location | undefined {
  return location ? { file: repoPath(location.file, ctx), line: location.line } : undefined;
}

/** Worst first, then by place, so the capped set is the one a reviewer most needs and the order is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    a.ruleId.localeCompare(b.ruleId) ||
    (a.resource ?? '').localeCompare(b.resource ?? '')
  );
}

/** The unsuppressed findings, ranked, as annotations with repository-relative paths. */
export function annotationsFor(result: ScanResult, ctx: PathContext): Annotation[] {
  return result.findings
    .filter((f) => !f.suppressed)
    .sort(compareFindings)
    .map((f) => {
      const at = repoLocation(f.location, ctx);
      return {
        level: levelOf(f.severity),
        severity: f.severity,
        ruleId: f.ruleId,
        title: `${f.ruleId} (${f.severity}): ${f.title}`,
        // Name the resource unless the message already does: the annotation is read on its own.
        message: f.resource && !f.message.includes(f.resource) ? `${f.message} [${f.resource}]` : f.message,
        ...(f.resource !== undefined ? { resource: f.resource } : {}),
        ...(at ? { file: at.file, line: at.line } : {}),
      };
    });
}

export interface CappedAnnotations {
  readonly shown: Annotation[];
  /** Not emitted as step annotations: the job summary names them. */
  readonly hidden: Annotation[];
}

/** Keeps the first `limit` of each level (the input is ranked, so the worst are kept). */
export function capAnnotations(
  ranked: readonly Annotation[],
  limit: number = ANNOTATION_LIMIT_PER_LEVEL,
): CappedAnnotations {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  const hidden: Annotation[] = [];
  for (const a of ranked) {
    if (used[a.level] < limit) {
      used[a.level] += 1;
      shown.push(a);
    } else hidden.push(a);
  }
  return { shown, hidden };
}

/** The shape of core.error/warning/notice's properties, restated so this module needs no @actions/core. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}
export type AnnotationSink = Record<
  AnnotationLevel,
  (message: string, properties: AnnotationProperties) => void
>;

/** Writes workflow commands (`::error file=...,line=...::message`) through the sink; core escapes them. */
export function emitAnnotations(annotations: readonly Annotation[], sink: AnnotationSink): void {
  for (const a of annotations) {
    sink[a.level](a.message, {
      title: a.title,
      ...(a.file !== undefined ? { file: a.file } : {}),
      ...(a.line !== undefined ? { startLine: a.line } : {}),
    });
  }
}
