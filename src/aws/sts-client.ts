// STS for `check`: who the credentials are (GetCallerIdentity), with the same endpoint, profile and retry settings.

import { GetCallerIdentityCommand, STSClient, type STSClientConfig } from '@aws-sdk/client-sts';
import type { CallerIdentity } from '../check/check-report';
import { toAwsError } from './aws-errors';

/** What createStsClient needs. */
export interface StsClientSettings {
  readonly region?: string;
  /** STS endpoint override (a VPC endpoint, a local server). */
  readonly endpointUrl?: string;
  readonly profile?: string;
  readonly maxAttempts: number;
  /** Credentials; undefined uses the SDK's default chain. */
  readonly credentials?: STSClientConfig['credentials'];
  /** Per-request timeout in milliseconds (the SDK throws TimeoutError past it, then retries). */
  readonly requestTimeoutMs?: number;
}

/** A new STS client for the region (regional endpoint), with the given attempts. */
export function createStsClient(settings: StsClientSettings): STSClient {
  const config: STSClientConfig = { maxAttempts: settings.maxAttempts };
  if (settings.region) config.region = settings.region;
  if (settings.endpointUrl) config.endpoint = settings.endpointUrl;
  if (settings.profile) config.profile = settings.profile;
  if (settings.credentials) config.credentials = settings.credentials;
  if (settings.requestTimeoutMs) config.requestHandler = { requestTimeout: settings.requestTimeoutMs, throwOnRequestTimeout: true };
  return new STSClient(config);
}

/**
 * The caller's account, ARN and user id.
 * @throws AwsError naming sts:GetCallerIdentity and the region
 */
export async function getCallerIdentity(client: STSClient, region: string): Promise<CallerIdentity> {
  try {
    const output = await client.send(new GetCallerIdentityCommand({}));
    return { account: output.Account ?? '', arn: output.Arn ?? '', userId: output.UserId ?? '' };
  } catch (error) {
    throw toAwsError(error, { operation: 'GetCallerIdentity', region, service: 'sts' });
  }
}
