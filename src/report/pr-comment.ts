import type { getOctokit } from '@actions/github';
import type { CommentMode } from '../action-inputs.js';
import { COMMENT_LIMIT, COMMENT_MARKER } from './markdown.js';

export type Octokit = ReturnType<typeof getOctokit>;

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  /** The head commit: what the reviewer sees, and what check runs attach to. */
  readonly headSha?: string;
}

/** Events whose payload is a pull request we may comment on; push and schedule runs have none. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The pull request of this run, read defensively from the event payload (GitHub's webhook format). */
export function pullRequestOf(
  eventName: string | undefined,
  payload: unknown,
  repository: { readonly owner: string; readonly repo: string },
): PullRequestRef | undefined {
  if (!eventName || !PULL_REQUEST_EVENTS.has(eventName) || !isRecord(payload)) return undefined;
  const pr = payload.pull_request;
  if (!isRecord(pr) || typeof pr.number !== 'number') return undefined;
  const head = isRecord(pr.head) ? pr.head : {};
  return { ...repository, number: pr.number, ...(typeof head.sha === 'string' ? { headSha: head.sha } : {}) };
}

export function httpStatus(error: unknown): number | undefined {
  return isRecord(error) && typeof error.status === 'number' ? error.status : undefined;
}

export interface ExistingComment {
  readonly id: number;
  readonly url?: string;
}

/** Our comment, found by its hidden marker among all of the pull request's comments (paginated). */
export async function findStickyComment(
  octokit: Octokit,
  pr: PullRequestRef,
): Promise<ExistingComment | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  for await (const page of pages) {
    const ours = page.data.find((c) => c.body?.includes(COMMENT_MARKER));
    if (ours) return { id: ours.id, url: ours.html_url };
  }
  return undefined;
}

export type CommentOutcome =
  | { readonly action: 'created' | 'updated'; readonly id: number; readonly url?: string }
  | { readonly action: 'skipped'; readonly reason: string }
  /** The token may not write (a fork's pull request): the Action warns and goes on. */
  | { readonly action: 'forbidden'; readonly message: string }
  | { readonly action: 'failed'; readonly status?: number; readonly message: string };

/**
 * Creates the sticky comment once and edits it in place afterwards. With `on-findings`, a clean
 * pull request that never had a comment gets none, but an existing one is turned into an all-clear
 * so a stale warning never stays behind.
 */
export async function publishComment(
  octokit: Octokit,
  pr: PullRequestRef,
  mode: CommentMode,
  body: string,
  hasFindings: boolean,
): Promise<CommentOutcome> {
  if (mode === 'never') return { action: 'skipped', reason: 'comment is false' };
  if (!body.includes(COMMENT_MARKER) || body.length > COMMENT_LIMIT) {
    throw new Error('comment body must carry the marker and fit GitHub’s limit'); // a bug in the renderer
  }
  try {
    const existing = await findStickyComment(octokit, pr);
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    if (mode === 'on-findings' && !hasFindings) return { action: 'skipped', reason: 'nothing to report' };
    const { data } = await octokit.rest.issues.createComment({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body,
    });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    const status = httpStatus(error);
    const message = error instanceof Error ? error.message : String(error);
    if (status === 403) return { action: 'forbidden', message };
    return { action: 'failed', ...(status !== undefined ? { status } : {}), message };
  }
}
