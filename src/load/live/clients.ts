import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient, type STSClientConfig } from '@aws-sdk/client-sts';

/** Organizations and IAM are global services signed in us-east-1 (in the commercial partition). */
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_MAX_ATTEMPTS = 8;

export interface LiveClients {
  readonly organizations: OrganizationsClient;
  readonly iam: IAMClient;
  readonly sts: STSClient;
}

export interface ClientSettings {
  readonly region?: string;
  readonly maxAttempts?: number;
  /** Explicit credentials; by default the SDK's chain (env, AWS_PROFILE, SSO, web identity/OIDC, IMDS). */
  readonly credentials?: STSClientConfig['credentials'];
}

/**
 * One client per service for the whole load, so the adaptive retry mode's rate limiter sees
 * every request to that service. No `endpoint` is set: the SDK's own configuration applies,
 * which honours AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_ORGANIZATIONS / _IAM / _STS.
 */
export function createClients(settings: ClientSettings = {}): LiveClients {
  const config = clientConfig(settings);
  return {
    organizations: new OrganizationsClient(config),
    iam: new IAMClient(config),
    sts: new STSClient(config),
  };
}

export function clientConfig(settings: ClientSettings): {
  region: string;
  retryMode: 'adaptive';
  maxAttempts: number;
  credentials?: STSClientConfig['credentials'];
} {
  return {
    region: settings.region ?? DEFAULT_REGION,
    retryMode: 'adaptive',
    maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    ...(settings.credentials !== undefined ? { credentials: settings.credentials } : {}),
  };
}

export function destroyClients(clients: LiveClients): void {
  clients.organizations.destroy();
  clients.iam.destroy();
  clients.sts.destroy();
}
