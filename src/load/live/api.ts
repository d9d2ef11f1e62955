import type { Limit } from './limiter.js';

export type AwsService = 'organizations' | 'iam' | 'sts';

/** Why an API call failed, in the terms the live loader acts on. */
export type ApiFailure =
  /** The caller lacks the permission: the checks that needed the answer become unverified. */
  | { readonly kind: 'denied'; readonly permission: string; readonly code: string; readonly message: string }
  /** Fatal: the account is not in an organization. */
  | { readonly kind: 'not-in-use'; readonly message: string }
  /** Fatal: no credentials, or AWS rejected them. */
  | { readonly kind: 'credentials'; readonly message: string }
  /** Anything else (throttling that outlasted the retries, a service error, a network error). */
  | { readonly kind: 'other'; readonly code: string; readonly message: string };

export class ApiError extends Error {
  constructor(
    readonly failure: ApiFailure,
    /** `organizations:ListTargetsForPolicy` */
    readonly action: string,
  ) {
    super(failure.message);
    this.name = 'ApiError';
  }
}

const DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'AccessDeniedForDependencyException',
  'UnauthorizedOperation',
]);
const NOT_IN_USE = new Set(['AWSOrganizationsNotInUseException']);
/** Codes AWS answers when the request's credentials are missing, unknown, expired or mis-signed. */
const BAD_CREDENTIALS = new Set([
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'MissingAuthenticationToken',
  'IncompleteSignature',
]);

export const CREDENTIALS_HELP =
  'configure AWS credentials for the organization management account (or a delegated administrator): AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN), AWS_PROFILE, or in GitHub Actions aws-actions/configure-aws-credentials with role-to-assume (OIDC)';

function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && error.name === 'Error' ? code : error.name;
  }
  return 'Error';
}

/** Classifies an SDK error. Credential errors never quote the upstream message: it may name a profile or key. */
export function classify(error: unknown, action: string): ApiFailure {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'CredentialsProviderError') {
    return { kind: 'credentials', message: `No AWS credentials were found: ${CREDENTIALS_HELP}.` };
  }
  if (BAD_CREDENTIALS.has(code)) {
    return {
      kind: 'credentials',
      message: `AWS rejected the credentials (${code}) on ${action}: ${CREDENTIALS_HELP}.`,
    };
  }
  if (NOT_IN_USE.has(code)) {
    return {
      kind: 'not-in-use',
      message:
        'The account of these credentials is not a member of an AWS Organization (AWSOrganizationsNotInUseException): run the live check with credentials of the organization management account or a delegated administrator.',
    };
  }
  if (DENIED.has(code)) return { kind: 'denied', permission: action, code, message };
  return { kind: 'other', code, message };
}

/** The calls the loader makes: counted by operation, bounded in concurrency, failures classified. */
export class ApiSession {
  /** Logical calls by operation (a retried request counts once). */
  readonly calls: Record<string, number> = {};
  /** Requests the SDK repeated (throttling, transient errors), from the responses' metadata. */
  retries = 0;
  /** The first fatal failure: once set, no further request is sent. */
  fatal: ApiError | undefined;

  constructor(private readonly limit: Limit) {}

  /** A method, not the field, so callers re-read it after awaiting (TypeScript keeps narrowing a field). */
  fatalError(): ApiError | undefined {
    return this.fatal;
  }

  /** `continuation`: the next page of a list already begun, which goes before new work (see createLimiter). */
  async call<T>(
    service: AwsService,
    operation: string,
    send: () => Promise<T>,
    continuation = false,
  ): Promise<T> {
    const action = `${service}:${operation}`;
    if (this.fatal) throw this.fatal;
    return this.limit(async () => {
      if (this.fatal) throw this.fatal;
      this.calls[operation] = (this.calls[operation] ?? 0) + 1;
      try {
        const output = await send();
        this.retries += Math.max(0, attemptsOf(output) - 1);
        return output;
      } catch (error) {
        this.retries += Math.max(0, attemptsOf(error) - 1);
        const failure = classify(error, action);
        const wrapped = new ApiError(failure, action);
        if (failure.kind === 'credentials' || failure.kind === 'not-in-use') this.fatal ??= wrapped;
        throw wrapped;
      }
    }, continuation);
  }
}

function attemptsOf(value: unknown): number {
  const metadata = (value as { $metadata?: { attempts?: unknown } } | undefined)?.$metadata;
  return typeof metadata?.attempts === 'number' ? metadata.attempts : 1;
}

/** Follows NextToken to the end. An empty page may still carry a token, so only its absence stops. */
export async function collectPages<T>(
  fetchPage: (
    token: string | undefined,
  ) => Promise<{ readonly items: readonly T[] | undefined; readonly next: string | undefined }>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    items.push(...(page.items ?? []));
    token = page.next !== undefined && page.next !== '' ? page.next : undefined;
    // A service that hands back a token it already gave would otherwise page forever.
    if (token !== undefined) {
      if (seen.has(token))
        throw new ApiError(
          { kind: 'other', code: 'RepeatedNextToken', message: 'the service repeated a NextToken' },
          'pagination',
        );
      seen.add(token);
    }
  } while (token !== undefined);
  return items;
}
