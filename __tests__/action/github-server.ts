import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the loopback GitHub saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

/** Status codes to answer instead of success, per endpoint (e.g. 403 for a fork's read-only token). */
export interface Faults {
  listComments?: number;
  createComment?: number;
  updateComment?: number;
  createCheckRun?: number;
  updateCheckRun?: number;
}

export interface FakeGitHub {
  /** For GITHUB_API_URL / octokit's baseUrl. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly comments: StoredComment[];
  readonly faults: Faults;
  /** Requests other than the comment listing, as "METHOD /path". */
  writes(): string[];
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest';

/**
 * A small stand-in for api.github.com's REST API: issue comments (paginated with Link headers, 30 per
 * page by default as GitHub does) and check runs, answering with GitHub's status codes and shapes.
 */
export async function startFakeGitHub(
  options: { comments?: StoredComment[]; faults?: Faults } = {},
): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const comments: StoredComment[] = options.comments ?? [];
  const faults: Faults = options.faults ?? {};
  let nextId = 1000 + comments.length;
  let nextCheckId = 5000;
  let base = '';

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: ServerResponse, status: number) =>
    send(res, status, {
      message: status === 403 ? 'Resource not accessible by integration' : 'Server Error',
      documentation_url: DOCS,
      status: String(status),
    });
  const commentJson = (owner: string, repo: string, issue: string, c: StoredComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${issue}`,
    body: c.body,
    user: { login: c.user.login, id: 41898282, type: c.user.type },
    created_at: '2025-01-15T10:00:00Z',
    updated_at: '2025-01-15T10:00:00Z',
    author_association: 'NONE',
  });

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      const body: unknown = raw ? JSON.parse(raw) : undefined;
      requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
      });
      const fields = (body ?? {}) as Record<string, unknown>;
      let m: RegExpMatchArray | null;

      if ((m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
        const [, owner = '', repo = '', issue = ''] = m;
        if (req.method === 'GET') {
          if (faults.listComments) return refuse(res, faults.listComments);
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          const page = Number(url.searchParams.get('page') ?? 1);
          const last = Math.max(1, Math.ceil(comments.length / perPage));
          const links: string[] = [];
          const link = (p: number, rel: string) =>
            `<${base}${url.pathname}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
          if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
          if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
          const slice = comments.slice((page - 1) * perPage, page * perPage);
          return send(
            res,
            200,
            slice.map((c) => commentJson(owner, repo, issue, c)),
            links.length ? { link: links.join(', ') } : {},
          );
        }
        if (req.method === 'POST') {
          if (faults.createComment) return refuse(res, faults.createComment);
          const c: StoredComment = {
            id: nextId++,
            body: String(fields.body),
            user: { login: 'github-actions[bot]', type: 'Bot' },
          };
          comments.push(c);
          return send(res, 201, commentJson(owner, repo, issue, c));
        }
      }
      if (
        (m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/)) &&
        req.method === 'PATCH'
      ) {
        if (faults.updateComment) return refuse(res, faults.updateComment);
        const [, owner = '', repo = '', id = ''] = m;
        const c = comments.find((x) => x.id === Number(id));
        if (!c) return send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
        c.body = String(fields.body);
        return send(res, 200, commentJson(owner, repo, '1', c));
      }
      if ((m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/check-runs(?:\/(\d+))?$/))) {
        const [, owner = '', repo = '', id] = m;
        const fault = id ? faults.updateCheckRun : faults.createCheckRun;
        if (fault) return refuse(res, fault);
        if (req.method === 'POST' && !id) {
          const checkId = nextCheckId++;
          return send(res, 201, {
            id: checkId,
            head_sha: fields.head_sha,
            name: fields.name,
            status: fields.status,
            conclusion: fields.conclusion,
            html_url: `https://github.com/${owner}/${repo}/runs/${checkId}`,
            url: `${base}/repos/${owner}/${repo}/check-runs/${checkId}`,
          });
        }
        if (req.method === 'PATCH' && id) {
          return send(res, 200, { id: Number(id), status: 'completed', url: `${base}${url.pathname}` });
        }
      }
      return send(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    comments,
    faults,
    writes: () => requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
