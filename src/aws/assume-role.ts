// Credentials of an assumed role: STS AssumeRole on top of the base credentials, with the external id and
// session name, and one clear line when STS refuses.

import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { AwsError, EcsNodesError, UsageError } from '../errors';
import type { CredentialIdentityProvider } from './credential-types';
import { withoutUserInfo } from '../util/url';

/** One role to assume: its ARN, the AssumeRole parameters, where STS is, and the credentials that call it. */
export interface AssumeRoleInput {
  readonly roleArn: string;
  readonly externalId?: string;
  readonly roleSessionName: string;
  /** STS endpoint override; the STS client does not inherit the ECS endpoint. */
  readonly stsEndpointUrl?: string;
  /** STS region; undefined uses the calling ECS client's region. */
  readonly region?: string;
  readonly maxAttempts: number;
  readonly baseCredentials: CredentialIdentityProvider;
}

function nameOf(error: unknown): string {
  const named = error as { name?: unknown; code?: unknown } | undefined;
  for (const candidate of [named?.name, named?.code]) if (typeof candidate === 'string' && candidate) return candidate;
  return 'Error';
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() ?? '';
}

const REJECTED_KEYS = new Set(['InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken', 'ExpiredTokenException', 'UnrecognizedClientException']);

/**
 * The EcsNodesError for a failed AssumeRole, naming the role, the region and whether an external id was sent.
 * Errors already ours (the base credentials') pass through.
 */
export function toAssumeRoleError(error: unknown, input: AssumeRoleInput): EcsNodesError {
  if (error instanceof EcsNodesError) return error;
  const name = nameOf(error);
  const message = messageOf(error);
  const where = `role ${input.roleArn}${input.region ? `, region ${input.region}` : ''}`;
  const detail = message && message !== name ? `: ${message}` : '';
  if (/region is missing/i.test(message)) {
    return new UsageError('no AWS region for sts:AssumeRole: pass --region (or set AWS_REGION or a region in the profile)', { cause: error });
  }
  if (name === 'AccessDenied' || name === 'AccessDeniedException') {
    const sent = input.externalId !== undefined ? 'an external id was sent' : 'no external id was sent';
    return new AwsError(
      `sts:AssumeRole denied on ${where} (${sent}, session ${input.roleSessionName})${detail}; check the role's trust policy${input.externalId !== undefined ? ' and its sts:ExternalId condition' : ''} and that the base identity may call sts:AssumeRole on it`,
      { cause: error },
    );
  }
  if (REJECTED_KEYS.has(name)) {
    return new AwsError(`the base credentials were rejected by STS (${name}) calling sts:AssumeRole on ${where}${detail}`, { cause: error });
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+/.test(code)) {
    return new AwsError(`cannot reach the STS endpoint${input.stsEndpointUrl ? ` ${withoutUserInfo(input.stsEndpointUrl)}` : ''} for sts:AssumeRole on ${where}: ${code}`, { cause: error });
  }
  return new AwsError(`sts:AssumeRole failed on ${where}: ${name}${detail}`, { cause: error });
}

/**
 * A provider of the role's temporary credentials, got from STS with the base credentials. STS is called when a
 * client first asks, and again near expiry.
 * @returns a provider that rejects with toAssumeRoleError's errors
 */
export function createAssumeRoleCredentials(input: AssumeRoleInput): CredentialIdentityProvider {
  const provider = fromTemporaryCredentials({
    params: {
      RoleArn: input.roleArn,
      RoleSessionName: input.roleSessionName,
      ...(input.externalId !== undefined && { ExternalId: input.externalId }),
    },
    masterCredentials: input.baseCredentials,
    clientConfig: {
      maxAttempts: input.maxAttempts,
      ...(input.region !== undefined && { region: input.region }),
      ...(input.stsEndpointUrl !== undefined && { endpoint: input.stsEndpointUrl }),
    },
  });
  return async (properties) => {
    try {
      return await provider(properties);
    } catch (error) {
      throw toAssumeRoleError(error, input);
    }
  };
}
