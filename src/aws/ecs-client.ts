// Builds the ECS client for one region: endpoint, retries and timeouts as the options say.

import { ECSClient, type ECSClientConfig } from '@aws-sdk/client-ecs';
import type { AwsSettings } from '../options';
import { applyRateLimit, type RateLimiter } from './rate-limit';

/** What createEcsClient needs. */
export interface EcsClientSettings extends Omit<AwsSettings, 'credentials'> {
  /** Region; undefined lets the SDK resolve it (AWS_REGION, profile). */
  readonly region?: string;
  /** Credentials; undefined uses the SDK's default chain (with `profile`, if given). */
  readonly credentials?: ECSClientConfig['credentials'];
  /** Every attempt waits for this limiter first (shared by the clients of one account and region). */
  readonly rateLimiter?: RateLimiter;
  /** Sockets the client may open at once (the SDK's default is 50). */
  readonly maxSockets?: number;
}

/**
 * A new ECS client with the SDK's standard retries (exponential backoff with jitter) and the given attempts.
 * Pacing is ours (a token bucket per account and region, see rate-limit.ts): the SDK's adaptive mode was
 * measured to collapse to about one request a second under steady partial throttling (10 × 1,000 tasks with
 * every third call throttled: 201 s adaptive, 22 s standard).
 */
export function createEcsClient(settings: EcsClientSettings): ECSClient {
  const config: ECSClientConfig = {
    maxAttempts: settings.maxAttempts,
    retryMode: 'standard',
  };
  if (settings.region) config.region = settings.region;
  if (settings.endpointUrl) config.endpoint = settings.endpointUrl;
  if (settings.profile) config.profile = settings.profile;
  if (settings.credentials) config.credentials = settings.credentials;
  if (settings.requestTimeoutMs || settings.maxSockets) {
    config.requestHandler = {
      ...(settings.requestTimeoutMs && { requestTimeout: settings.requestTimeoutMs, throwOnRequestTimeout: true }),
      ...(settings.maxSockets && { httpAgent: { maxSockets: settings.maxSockets }, httpsAgent: { maxSockets: settings.maxSockets } }),
    };
  }
  const client = new ECSClient(config);
  if (settings.rateLimiter) applyRateLimit(client, settings.rateLimiter);
  return client;
}

/** The client's region, resolved (from config, environment or profile). Rejects when none can be found. */
export async function resolveRegion(client: ECSClient): Promise<string> {
  return client.config.region();
}
