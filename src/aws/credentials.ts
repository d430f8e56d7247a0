// The base credentials of a run: an access key, or one of the SDK's providers, with short metadata timeouts
// and one clear line when nothing is found.

import {
  fromContainerMetadata,
  fromEnv,
  fromIni,
  fromInstanceMetadata,
  fromNodeProviderChain,
} from '@aws-sdk/credential-providers';
import { AwsError, EcsNodesError } from '../errors';
import type { CredentialSettings } from '../options';
import type { CredentialIdentity, CredentialIdentityProvider } from './credential-types';
import type { StaticKeys } from './read-secrets';

/** Instance and container metadata: a short timeout per request, so a run off AWS fails in seconds. */
export const METADATA_TIMEOUT_MS = 1000;
/** Instance and container metadata: one retry after the first attempt. */
export const METADATA_MAX_RETRIES = 1;
/** Cached credentials are refreshed this long before they expire. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

/** What createBaseCredentials needs: the settings, the profile and the access key already read. */
export interface BaseCredentialsInput {
  readonly settings: CredentialSettings;
  /** Shared-config profile (`--profile`). */
  readonly profile?: string;
  /** The access key, when `settings.accessKeyId` is given (read by `readStaticKeys`). */
  readonly staticKeys?: StaticKeys;
  /** The clock, for refreshing expiring credentials. */
  readonly now?: () => number;
}

const ALTERNATIVES = '--access-key-id with --secret-key-file (or --secret-key-env)';

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = (message.split('\n')[0]?.trim() ?? '').replace(/\.$/, '');
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function sharedFiles(settings: CredentialSettings): string {
  return `${settings.sharedCredentialsFile ?? '~/.aws/credentials'} and ${settings.sharedConfigFile ?? '~/.aws/config'}`;
}

/** The one line saying which sources were tried and what to pass instead. */
export function noCredentialsMessage(input: BaseCredentialsInput, error: unknown): string {
  const { settings, profile } = input;
  const cause = firstLine(error);
  const metadata = `${METADATA_TIMEOUT_MS} ms timeout, ${METADATA_MAX_RETRIES} retry`;
  switch (settings.provider) {
    case 'env':
      return `no AWS credentials in the environment (--credential-provider env): AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set (Rundeck's script node source runs commands with an empty environment); pass ${ALTERNATIVES}, or another --credential-provider`;
    case 'profile':
      return `no AWS credentials for profile "${profile ?? 'default'}" (--credential-provider profile) in ${sharedFiles(settings)}: ${cause}; pass --profile with --shared-credentials-file and --shared-config-file, or ${ALTERNATIVES}`;
    case 'instance':
      return `no credentials from the EC2 instance metadata service (--credential-provider instance, ${metadata}): ${cause}; not on EC2, or no instance profile attached? Pass --credential-provider container, env or profile, or ${ALTERNATIVES}`;
    case 'container':
      return `no credentials from the ECS container credentials endpoint (--credential-provider container, ${metadata}): ${cause}; not in an ECS task with a task role? Pass --credential-provider instance, env or profile, or ${ALTERNATIVES}`;
    case 'default':
      return `no AWS credentials found: tried environment variables, ${sharedFiles(settings)}${profile ? ` (profile "${profile}")` : ''}, SSO, web identity, ECS container and EC2 instance metadata (${cause}); pass ${ALTERNATIVES}, --profile with --shared-credentials-file, or --credential-provider instance or container where an IAM role is attached`;
  }
}

function sdkProvider(input: BaseCredentialsInput): CredentialIdentityProvider {
  const { settings, profile, staticKeys } = input;
  if (staticKeys) return async () => ({ ...staticKeys });
  const files = {
    ...(profile !== undefined && { profile }),
    ...(settings.sharedCredentialsFile !== undefined && { filepath: settings.sharedCredentialsFile }),
    ...(settings.sharedConfigFile !== undefined && { configFilepath: settings.sharedConfigFile }),
  };
  const metadata = { timeout: METADATA_TIMEOUT_MS, maxRetries: METADATA_MAX_RETRIES };
  switch (settings.provider) {
    case 'env':
      return fromEnv();
    case 'profile':
      return fromIni(files);
    case 'instance':
      return fromInstanceMetadata(metadata);
    case 'container':
      return fromContainerMetadata(metadata);
    case 'default':
      return fromNodeProviderChain({ ...files, ...metadata });
  }
}

/** The provider, resolved once and shared by every client of the run until its credentials near expiry. */
function shareCredentials(provider: CredentialIdentityProvider, now: () => number): CredentialIdentityProvider {
  let current: Promise<CredentialIdentity> | undefined;
  return async (properties) => {
    if (current !== undefined) {
      // A failure is kept too: every region would fail alike, and metadata endpoints are not asked again.
      const identity = await current;
      if (identity.expiration === undefined || identity.expiration.getTime() - now() > REFRESH_MARGIN_MS) return identity;
    }
    current = provider(properties);
    return current;
  };
}

/**
 * The run's base credentials: the access key when given, else the provider the settings choose. Nothing is
 * fetched until a client asks.
 * @returns a provider that rejects with an AwsError naming the sources tried and what to pass instead
 */
export function createBaseCredentials(input: BaseCredentialsInput): CredentialIdentityProvider {
  const provider = sdkProvider(input);
  const clear: CredentialIdentityProvider = async (properties) => {
    try {
      return await provider(properties);
    } catch (error) {
      if (error instanceof EcsNodesError) throw error;
      throw new AwsError(noCredentialsMessage(input, error), { cause: error });
    }
  };
  return shareCredentials(clear, input.now ?? Date.now);
}
