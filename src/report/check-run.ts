import type { Annotation, AnnotationLevel } from './annotations.js';
import { clip } from './markdown.js';
import { httpStatus, type Octokit } from './pr-comment.js';

/** The Checks API takes at most 50 annotations per create or update call. */
export const CHECK_ANNOTATIONS_PER_CALL = 50;
/** output.summary and output.text are limited to 65,535 characters each. */
const CHECK_TEXT_LIMIT = 65_535;

const CHECK_LEVEL: Record<AnnotationLevel, 'failure' | 'warning' | 'notice'> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

export interface CheckRunRequest {
  readonly owner: string;
  readonly repo: string;
  readonly headSha: string;
  readonly name: string;
  readonly conclusion: 'success' | 'failure' | 'neutral';
  readonly title: string;
  /** Markdown. */
  readonly summary: string;
  /** All findings, not just the 10 per level a step may show. */
  readonly annotations: readonly Annotation[];
}

export type CheckRunOutcome =
  | { readonly action: 'created'; readonly id: number; readonly calls: number; readonly annotations: number }
  /** No `checks: write` (the default token on forks, or permissions not granted): skipped quietly. */
  | { readonly action: 'forbidden'; readonly message: string }
  | { readonly action: 'failed'; readonly status?: number; readonly message: string };

type CheckAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
};

/** Check annotations need a file; organization-wide findings without one stay in the summary. */
export function checkAnnotations(annotations: readonly Annotation[]): CheckAnnotation[] {
  return annotations.flatMap((a) =>
    a.file === undefined
      ? []
      : [
          {
            path: a.file,
            start_line: a.line ?? 1,
            end_line: a.line ?? 1,
            annotation_level: CHECK_LEVEL[a.level],
            title: clip(a.title, 255),
            message: clip(a.message, 60_000),
          },
        ],
  );
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One completed check run carrying every annotation: the first 50 on create, the rest by updates. */
export async function publishCheckRun(octokit: Octokit, request: CheckRunRequest): Promise<CheckRunOutcome> {
  const all = checkAnnotations(request.annotations);
  const [first = [], ...rest] = batches(all, CHECK_ANNOTATIONS_PER_CALL);
  const output = (annotations: CheckAnnotation[]) => ({
    title: clip(request.title, 255),
    summary: clip(request.summary, CHECK_TEXT_LIMIT),
    annotations,
  });
  try {
    const { data } = await octokit.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: 'completed',
      conclusion: request.conclusion,
      output: output(first),
    });
    for (const batch of rest) {
      await octokit.rest.checks.update({
        owner: request.owner,
        repo: request.repo,
        check_run_id: data.id,
        output: output(batch),
      });
    }
    return { action: 'created', id: data.id, calls: 1 + rest.length, annotations: all.length };
  } catch (error) {
    const status = httpStatus(error);
    const message = error instanceof Error ? error.message : String(error);
    if (status === 403) return { action: 'forbidden', message };
    return { action: 'failed', ...(status !== undefined ? { status } : {}), message };
  }
}
