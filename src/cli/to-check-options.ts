// Raw flags of `ecs-nodes check` → CheckOptions. Pure: validates what commander cannot and throws UsageError.

import type { CheckOptions } from '../check/run-check';
import { UsageError } from '../errors';
import { toOptions } from './to-options';

/** The flags of `check` as commander hands them over. */
export interface RawCheckFlags {
  readonly region?: readonly string[];
  readonly clusters?: readonly string[];
  readonly format?: string;
  readonly endpointUrl?: string;
  readonly stsEndpointUrl?: string;
  readonly profile?: string;
  readonly maxAttempts?: number;
  readonly color?: boolean;
  readonly debug?: boolean;
}

function toStsEndpoint(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--sts-endpoint-url "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`--sts-endpoint-url "${url}" must be an http or https URL`);
  }
  return url;
}

/**
 * The CheckOptions the flags describe; regions, endpoint and profile are validated as for an inventory run.
 * @throws UsageError for a bad region or endpoint
 */
export function toCheckOptions(flags: RawCheckFlags): CheckOptions {
  const shared = toOptions({
    ...(flags.region !== undefined && { region: flags.region }),
    ...(flags.clusters !== undefined && { clusters: flags.clusters }),
    ...(flags.endpointUrl !== undefined && { endpointUrl: flags.endpointUrl }),
    ...(flags.profile !== undefined && { profile: flags.profile }),
    ...(flags.maxAttempts !== undefined && { maxAttempts: flags.maxAttempts }),
  });
  const stsEndpointUrl = toStsEndpoint(flags.stsEndpointUrl);
  return { scope: shared.scope, aws: shared.aws, ...(stsEndpointUrl !== undefined && { stsEndpointUrl }) };
}
