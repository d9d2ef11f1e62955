/**
 * A loopback AWS endpoint that speaks the real wire protocols, for the live-check integration test
 * and benchmark:
 * - Organizations: awsJson1_1, POST / with `X-Amz-Target: AWSOrganizationsV20161128.<Op>`, JSON in
 *   and out, errors as HTTP 400 JSON with `__type`;
 * - IAM (2010-05-08) and STS (2011-06-15): awsQuery form posts answered in XML, errors as
 *   `<ErrorResponse><Error><Type>Sender</Type><Code>…`.
 * Every request must be SigV4-signed for the right service in us-east-1. Pages hold at most 20
 * items; tokens are opaque; throttling and AccessDenied are injected deterministically.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SeedOrganization } from './seed-org.js';

export interface FakeBehaviour {
  /** Share of requests answered with a throttling error (TooManyRequestsException / Throttling). */
  readonly throttleRate?: number;
  readonly seed?: number;
  /** Delay before every answer, to stand in for the network. */
  readonly latencyMs?: number;
  /** `Op` or `Op:<main parameter>` (`ListTargetsForPolicy:p-1`) answered with AccessDenied. */
  readonly denied?: readonly string[];
  /** `Op:<main parameter>` whose first page is empty but carries a NextToken. */
  readonly emptyFirstPage?: readonly string[];
  /** DescribeOrganization and everything else answer AWSOrganizationsNotInUseException. */
  readonly notInUse?: boolean;
  /** Every request is answered as if its access key did not exist. */
  readonly rejectCredentials?: boolean;
}

export interface FakeStats {
  /** Requests received by operation, throttled ones included. */
  readonly requests: Record<string, number>;
  throttled: number;
  denied: number;
  /** Requests whose signature scope named the wrong service or region. */
  readonly badSignatures: string[];
}

export interface FakeAws {
  readonly url: string;
  readonly stats: FakeStats;
  close(): Promise<void>;
}

const PAGE = 20;
const ORG_PREFIX = 'AWSOrganizationsV20161128.';
const NAMESPACES = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
};

/** mulberry32: a small deterministic generator, so "5% throttled" is the same sequence every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class AwsFault {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly status = 400,
  ) {}
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function startFakeAws(org: SeedOrganization, behaviour: FakeBehaviour = {}): Promise<FakeAws> {
  const next = random(behaviour.seed ?? 7);
  const denied = new Set(behaviour.denied ?? []);
  const emptyFirst = new Set(behaviour.emptyFirstPage ?? []);
  const stats: FakeStats = { requests: {}, throttled: 0, denied: 0, badSignatures: [] };
  // Indexes, so the fake answers a 5,000-account organization in O(page), not O(accounts) per call.
  const names = new Map<string, string>([...org.ous, ...org.accounts].map((n) => [n.id, n.name]));
  const accountsByParent = new Map<string, SeedOrganization['accounts'][number][]>();
  for (const a of org.accounts)
    accountsByParent.set(a.parentId, [...(accountsByParent.get(a.parentId) ?? []), a]);
  const arnOf = (id: string): string =>
    id.startsWith('r-')
      ? `arn:aws:organizations::${org.managementAccountId}:root/${org.id}/${id}`
      : id.startsWith('ou-')
        ? `arn:aws:organizations::${org.managementAccountId}:ou/${org.id}/${id}`
        : `arn:aws:organizations::${org.managementAccountId}:account/${org.id}/${id}`;

  /** One page of `items`, with an opaque token that encodes where the next page starts. */
  const page = <T>(
    op: string,
    key: string,
    items: readonly T[],
    token: unknown,
  ): { items: T[]; next?: string } => {
    if (token === undefined && emptyFirst.has(`${op}:${key}`)) {
      return { items: [], next: Buffer.from(JSON.stringify({ op, key, at: 0 })).toString('base64') };
    }
    let at = 0;
    if (token !== undefined) {
      const parsed = JSON.parse(Buffer.from(String(token), 'base64').toString('utf8')) as {
        op: string;
        key: string;
        at: number;
      };
      if (parsed.op !== op || parsed.key !== key)
        throw new AwsFault('InvalidInputException', 'You provided an invalid value for NextToken.');
      at = parsed.at;
    }
    const slice = items.slice(at, at + PAGE);
    const more = at + PAGE < items.length;
    return {
      items: slice,
      ...(more ? { next: Buffer.from(JSON.stringify({ op, key, at: at + PAGE })).toString('base64') } : {}),
    };
  };

  const organizations = (op: string, input: Record<string, unknown>): object => {
    if (behaviour.notInUse)
      throw new AwsFault(
        'AWSOrganizationsNotInUseException',
        'Your account is not a member of an organization.',
      );
    const paged = <T>(key: string, items: readonly T[], field: string): object => {
      const p = page(op, key, items, input.NextToken);
      return { [field]: p.items, ...(p.next ? { NextToken: p.next } : {}) };
    };
    switch (op) {
      case 'DescribeOrganization':
        return {
          Organization: {
            Id: org.id,
            Arn: `arn:aws:organizations::${org.managementAccountId}:organization/${org.id}`,
            FeatureSet: org.featureSet,
            MasterAccountArn: `arn:aws:organizations::${org.managementAccountId}:account/${org.id}/${org.managementAccountId}`,
            MasterAccountId: org.managementAccountId,
            MasterAccountEmail: 'aws+management@example.com',
            AvailablePolicyTypes: [],
          },
        };
      case 'ListRoots':
        return paged(
          '',
          [{ Id: org.rootId, Arn: arnOf(org.rootId), Name: 'Root', PolicyTypes: org.policyTypes }],
          'Roots',
        );
      case 'ListAWSServiceAccessForOrganization':
        return paged(
          '',
          org.servicePrincipals.map((p) => ({ ServicePrincipal: p, DateEnabled: 1700000000 })),
          'EnabledServicePrincipals',
        );
      case 'ListOrganizationalUnitsForParent': {
        const parent = String(input.ParentId);
        const kids = org.ous
          .filter((o) => o.parentId === parent)
          .map((o) => ({ Id: o.id, Arn: arnOf(o.id), Name: o.name }));
        if (parent !== org.rootId && !org.ous.some((o) => o.id === parent))
          throw new AwsFault('ParentNotFoundException', 'parent not found');
        return paged(parent, kids, 'OrganizationalUnits');
      }
      case 'ListAccountsForParent': {
        const parent = String(input.ParentId);
        const accounts = (accountsByParent.get(parent) ?? []).map((a) => ({
          Id: a.id,
          Arn: arnOf(a.id),
          Email: a.email,
          Name: a.name,
          Status: 'ACTIVE',
          State: 'ACTIVE',
          JoinedMethod: 'CREATED',
          JoinedTimestamp: 1700000000,
        }));
        return paged(parent, accounts, 'Accounts');
      }
      case 'ListPolicies': {
        const type = String(input.Filter);
        const list = type === 'SERVICE_CONTROL_POLICY' ? org.policies : [];
        return paged(
          type,
          list.map((p) => summary(p)),
          'Policies',
        );
      }
      case 'DescribePolicy': {
        const p = org.policies.find((x) => x.id === input.PolicyId);
        if (!p)
          throw new AwsFault(
            'PolicyNotFoundException',
            "We can't find a policy with the PolicyId that you specified.",
          );
        return { Policy: { PolicySummary: summary(p), Content: p.content } };
      }
      case 'ListTargetsForPolicy': {
        const p = org.policies.find((x) => x.id === input.PolicyId);
        if (!p)
          throw new AwsFault(
            'PolicyNotFoundException',
            "We can't find a policy with the PolicyId that you specified.",
          );
        const targets = p.targets.map((id) => ({
          TargetId: id,
          Arn: arnOf(id),
          Name: id.startsWith('r-') ? 'Root' : names.get(id),
          Type: id.startsWith('r-') ? 'ROOT' : id.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : 'ACCOUNT',
        }));
        return paged(p.id, targets, 'Targets');
      }
      default:
        throw new AwsFault('UnknownOperationException', `fake: ${op} is not implemented`);
    }
  };
  const summary = (p: SeedOrganization['policies'][number]): object => ({
    Id: p.id,
    Arn: `arn:aws:organizations::aws:policy/service_control_policy/${p.id}`,
    Name: p.name,
    Description: p.name,
    Type: 'SERVICE_CONTROL_POLICY',
    AwsManaged: p.awsManaged,
  });

  /** awsQuery answers: the inner XML of `<OpResult>`. Member root sessions are told apart by their key id. */
  const query = (service: 'iam' | 'sts', op: string, form: URLSearchParams, accessKey: string): string => {
    const member = accessKey.startsWith('ASIAROOT') ? accessKey.slice('ASIAROOT'.length) : undefined;
    const memberRoot = member !== undefined ? org.memberRoots[member] : undefined;
    if (service === 'sts') {
      switch (op) {
        case 'GetCallerIdentity':
          return `<Arn>arn:aws:sts::${org.callerAccountId}:assumed-role/rootguard-live/ci</Arn><UserId>AROAEXAMPLE:ci</UserId><Account>${org.callerAccountId}</Account>`;
        case 'AssumeRoot': {
          const target = form.get('TargetPrincipal') ?? '';
          if (
            form.get('TaskPolicyArn.arn') !== 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials'
          ) {
            throw new AwsFault('InvalidParameterValue', 'unexpected task policy');
          }
          if (!org.accounts.some((a) => a.id === target) || target === org.managementAccountId) {
            throw new AwsFault('AccessDenied', `not a member account: ${target}`, 403);
          }
          return `<Credentials><AccessKeyId>ASIAROOT${target}</AccessKeyId><SecretAccessKey>fake-secret</SecretAccessKey><SessionToken>fake-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><SourceIdentity>rootguard</SourceIdentity>`;
        }
        default:
          throw new AwsFault('InvalidAction', `fake: ${op} is not implemented`);
      }
    }
    switch (op) {
      case 'ListOrganizationsFeatures':
        return `<OrganizationId>${org.id}</OrganizationId><EnabledFeatures>${org.iamFeatures.map((f) => `<member>${f}</member>`).join('')}</EnabledFeatures>`;
      case 'GetAccountSummary':
        return `<SummaryMap>${Object.entries(org.summary)
          .map(([k, v]) => `<entry><key>${k}</key><value>${v}</value></entry>`)
          .join('')}</SummaryMap>`;
      case 'ListAccessKeys':
        if (!memberRoot) throw new AwsFault('AccessDenied', 'not a root session', 403);
        return `<AccessKeyMetadata>${memberRoot.accessKeys
          .map(
            (k) =>
              `<member><AccessKeyId>${k.id}</AccessKeyId><Status>${k.status}</Status><CreateDate>2020-01-01T00:00:00Z</CreateDate></member>`,
          )
          .join('')}</AccessKeyMetadata><IsTruncated>false</IsTruncated>`;
      case 'ListMFADevices':
        if (!memberRoot) throw new AwsFault('AccessDenied', 'not a root session', 403);
        return `<MFADevices>${memberRoot.mfaDevices
          .map(
            (s) =>
              `<member><SerialNumber>${xml(s)}</SerialNumber><EnableDate>2020-01-01T00:00:00Z</EnableDate></member>`,
          )
          .join('')}</MFADevices><IsTruncated>false</IsTruncated>`;
      case 'GetLoginProfile':
        if (!memberRoot) throw new AwsFault('AccessDenied', 'not a root session', 403);
        if (!memberRoot.password)
          throw new AwsFault('NoSuchEntity', 'Login Profile for User root cannot be found.', 404);
        return `<LoginProfile><CreateDate>2020-01-01T00:00:00Z</CreateDate><PasswordResetRequired>false</PasswordResetRequired></LoginProfile>`;
      default:
        throw new AwsFault('InvalidAction', `fake: ${op} is not implemented`);
    }
  };

  let requestCounter = 0;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
    if (behaviour.latencyMs) await new Promise((r) => setTimeout(r, behaviour.latencyMs));
    const requestId = `req-${(requestCounter += 1)}`;
    const target = String(req.headers['x-amz-target'] ?? '');
    const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
      String(req.headers.authorization ?? ''),
    );
    const isOrg = target.startsWith(ORG_PREFIX);
    const form = isOrg ? new URLSearchParams() : new URLSearchParams(body);
    const service = isOrg ? 'organizations' : form.get('Version') === '2011-06-15' ? 'sts' : 'iam';
    const op = isOrg ? target.slice(ORG_PREFIX.length) : (form.get('Action') ?? '');
    stats.requests[op] = (stats.requests[op] ?? 0) + 1;
    if (!scope || scope[2] !== 'us-east-1' || scope[3] !== service)
      stats.badSignatures.push(`${op}: ${String(req.headers.authorization)}`);

    const input = isOrg ? (JSON.parse(body || '{}') as Record<string, unknown>) : {};
    const param = String(input.PolicyId ?? input.ParentId ?? form.get('TargetPrincipal') ?? '');
    try {
      if (next() < (behaviour.throttleRate ?? 0)) {
        stats.throttled += 1;
        throw isOrg
          ? new AwsFault(
              'TooManyRequestsException',
              "AWS Organizations can't complete your request because another request is already in progress. Try again later.",
            )
          : new AwsFault('Throttling', 'Rate exceeded');
      }
      if (behaviour.rejectCredentials) {
        throw isOrg
          ? new AwsFault(
              'UnrecognizedClientException',
              'The security token included in the request is invalid.',
            )
          : new AwsFault(
              'InvalidClientTokenId',
              'The security token included in the request is invalid.',
              403,
            );
      }
      if (denied.has(op) || denied.has(`${op}:${param}`)) {
        stats.denied += 1;
        const who = `arn:aws:sts::${org.callerAccountId}:assumed-role/rootguard-live/ci`;
        throw isOrg
          ? new AwsFault('AccessDeniedException', `You don't have permissions to access this resource.`)
          : new AwsFault(
              'AccessDenied',
              `User: ${who} is not authorized to perform: ${service}:${op} because no identity-based policy allows the ${service}:${op} action`,
              403,
            );
      }
      if (isOrg) {
        const out = JSON.stringify(organizations(op, input));
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': requestId });
        res.end(out);
      } else {
        const inner = query(service as 'iam' | 'sts', op, form, scope?.[1] ?? '');
        res.writeHead(200, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
        res.end(
          `<${op}Response xmlns="${NAMESPACES[service as 'iam' | 'sts']}"><${op}Result>${inner}</${op}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${op}Response>`,
        );
      }
    } catch (error) {
      const fault = error instanceof AwsFault ? error : new AwsFault('InternalFailure', String(error), 500);
      if (isOrg) {
        res.writeHead(fault.status, {
          'content-type': 'application/x-amz-json-1.1',
          'x-amzn-requestid': requestId,
        });
        res.end(JSON.stringify({ __type: fault.code, Message: fault.message }));
      } else {
        res.writeHead(fault.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
        res.end(
          `<ErrorResponse xmlns="${NAMESPACES[service as 'iam' | 'sts']}"><Error><Type>Sender</Type><Code>${fault.code}</Code><Message>${xml(fault.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
        );
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500);
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
