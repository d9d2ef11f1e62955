import { afterEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../src/report/annotations.js';
import { publishCheckRun } from '../../src/report/check-run.js';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { publishComment, pullRequestOf } from '../../src/report/pr-comment.js';
import { startFakeGitHub, type FakeGitHub, type StoredComment } from './github-server.js';

const root = path.resolve(import.meta.dirname, '../..');
const pr = { owner: 'acme', repo: 'landing-zone', number: 42 };
const body = (text: string) => `${COMMENT_MARKER}\n${text}`;
let server: FakeGitHub | undefined;

async function github(options: Parameters<typeof startFakeGitHub>[0] = {}) {
  server = await startFakeGitHub(options);
  return { server, octokit: getOctokit('ghs_test', { baseUrl: server.url }) };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('pullRequestOf', () => {
  const payload: unknown = JSON.parse(
    readFileSync(path.join(root, '__fixtures__/github/pull_request.synchronize.json'), 'utf8'),
  );
  const repo = { owner: 'acme', repo: 'landing-zone' };

  it('reads the number and head commit of a pull_request event', () => {
    expect(pullRequestOf('pull_request', payload, repo)).toEqual({
      ...repo,
      number: 42,
      headSha: '0a4d55a8d778e5022fab701977c5d840bbc486d0',
    });
    expect(pullRequestOf('pull_request_target', payload, repo)?.number).toBe(42);
  });

  it('is undefined for push and schedule events, or a payload without a pull request', () => {
    expect(pullRequestOf('push', payload, repo)).toBeUndefined();
    expect(pullRequestOf('schedule', {}, repo)).toBeUndefined();
    expect(pullRequestOf('pull_request', { pull_request: { number: '42' } }, repo)).toBeUndefined();
  });
});

describe('sticky comment', () => {
  it('is created once, then found by its marker across pages and updated in place', async () => {
    const others: StoredComment[] = Array.from({ length: 130 }, (_, i) => ({
      id: i + 1,
      body: `LGTM ${i}`,
      user: { login: 'reviewer', type: 'User' },
    }));
    const { server, octokit } = await github({ comments: others });
    const first = await publishComment(octokit, pr, 'on-findings', body('4 findings'), true);
    expect(first.action).toBe('created');
    const second = await publishComment(octokit, pr, 'on-findings', body('3 findings'), true);
    expect(second).toMatchObject({ action: 'updated', id: first.action === 'created' ? first.id : -1 });
    expect(server.writes()).toEqual([
      'POST /repos/acme/landing-zone/issues/42/comments',
      `PATCH /repos/acme/landing-zone/issues/comments/1130`,
    ]);
    // 131 comments at 100 a page: the second listing had to read page 2 to find ours.
    const pages = server.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '1', '2']);
    expect(server.comments.filter((c) => c.body.includes(COMMENT_MARKER))).toEqual([
      expect.objectContaining({ body: body('3 findings') }),
    ]);
  });

  it('on-findings: nothing is posted for a clean PR, but an existing comment turns into an all-clear', async () => {
    const { server, octokit } = await github();
    expect(await publishComment(octokit, pr, 'on-findings', body('all clear'), false)).toEqual({
      action: 'skipped',
      reason: 'nothing to report',
    });
    expect(server.writes()).toEqual([]);
    server.comments.push({
      id: 7,
      body: body('4 findings'),
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(await publishComment(octokit, pr, 'on-findings', body('all clear'), false)).toMatchObject({
      action: 'updated',
      id: 7,
    });
    expect(server.comments[0]?.body).toBe(body('all clear'));
  });

  it('comment: true posts even when clean; comment: false does nothing at all', async () => {
    const { server, octokit } = await github();
    expect((await publishComment(octokit, pr, 'always', body('all clear'), false)).action).toBe('created');
    expect((await publishComment(octokit, pr, 'never', body('x'), true)).action).toBe('skipped');
    expect(server.requests).toHaveLength(2); // the listing and the POST
  });

  it('a 403 (a fork’s read-only token) is reported as forbidden, not thrown', async () => {
    const { octokit } = await github({ faults: { createComment: 403 } });
    expect(await publishComment(octokit, pr, 'always', body('x'), true)).toEqual({
      action: 'forbidden',
      message: expect.stringContaining('Resource not accessible by integration'),
    });
  });

  it('other API failures are reported with their status', async () => {
    const { octokit } = await github({ faults: { listComments: 500 } });
    expect(await publishComment(octokit, pr, 'always', body('x'), true)).toMatchObject({
      action: 'failed',
      status: 500,
    });
  });
});

describe('check run', () => {
  const annotations: Annotation[] = Array.from({ length: 120 }, (_, i) => ({
    level: i < 60 ? 'error' : 'warning',
    severity: i < 60 ? 'high' : 'medium',
    ruleId: 'RG003',
    title: 'RG003 (high): SCP',
    message: `finding ${i}`,
    file: 'scp.tf',
    line: i + 1,
  }));
  const request = {
    owner: 'acme',
    repo: 'landing-zone',
    headSha: '0a4d55a8d778e5022fab701977c5d840bbc486d0',
    name: 'RootGuard findings',
    conclusion: 'failure' as const,
    title: '120 findings',
    summary: 'summary',
    annotations: [
      ...annotations,
      { level: 'error' as const, severity: 'high' as const, ruleId: 'RG002', title: 't', message: 'no file' },
    ],
  };

  it('carries every annotation with a file, 50 per API call', async () => {
    const { server, octokit } = await github();
    expect(await publishCheckRun(octokit, request)).toEqual({
      action: 'created',
      id: 5000,
      calls: 3,
      annotations: 120,
    });
    expect(server.writes()).toEqual([
      'POST /repos/acme/landing-zone/check-runs',
      'PATCH /repos/acme/landing-zone/check-runs/5000',
      'PATCH /repos/acme/landing-zone/check-runs/5000',
    ]);
    const sizes = server.requests.map(
      (r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
    );
    expect(sizes).toEqual([50, 50, 20]);
    const created = server.requests[0]?.body as Record<string, unknown>;
    expect(created).toMatchObject({ head_sha: request.headSha, status: 'completed', conclusion: 'failure' });
    expect((created.output as { annotations: unknown[] }).annotations[0]).toEqual({
      path: 'scp.tf',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      title: 'RG003 (high): SCP',
      message: 'finding 0',
    });
  });

  it('without checks: write (403) it reports forbidden and makes no further calls', async () => {
    const { server, octokit } = await github({ faults: { createCheckRun: 403 } });
    expect((await publishCheckRun(octokit, request)).action).toBe('forbidden');
    expect(server.requests).toHaveLength(1);
  });
});
