// Turns SDK failures into one clear line naming the call, the cluster and the region.

import { AwsError, EcsNodesError, UsageError } from '../errors';

/** Where a call was made, for error messages. */
export interface CallContext {
  readonly operation: string;
  /** The AWS service's IAM prefix; `ecs` when absent. */
  readonly service?: string;
  readonly region: string;
  readonly cluster?: string;
  /** The role the call ran under, when one was assumed. */
  readonly roleArn?: string;
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const named = error as { name?: unknown; code?: unknown; Code?: unknown };
    for (const candidate of [named.name, named.code, named.Code]) if (typeof candidate === 'string' && candidate) return candidate;
  }
  return 'Error';
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() ?? '';
}

function where(context: CallContext): string {
  const parts = [context.cluster && `cluster ${context.cluster}`, `region ${context.region}`];
  if (context.roleArn) parts.push(`role ${context.roleArn}`);
  return parts.filter(Boolean).join(', ');
}

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceededException',
]);

/** True when the error says credentials could not be found. */
export function isMissingCredentials(error: unknown): boolean {
  const name = errorName(error);
  return name === 'CredentialsProviderError' || /could not load credentials/i.test(errorMessage(error));
}

/** The EcsNodesError for a failed ECS call; errors that are already ours pass through unchanged. */
export function toAwsError(error: unknown, context: CallContext): EcsNodesError {
  if (error instanceof EcsNodesError) return error;
  const name = errorName(error);
  const message = errorMessage(error);
  const service = context.service ?? 'ecs';
  const call = `${service}:${context.operation}`;
  if (/region is missing/i.test(message)) {
    return new UsageError('no AWS region: pass --region (or set AWS_REGION or a region in the profile)', { cause: error });
  }
  if (isMissingCredentials(error)) {
    return new AwsError(
      `no AWS credentials found for ${call} (${where(context)}): tried environment variables, shared config and credentials files, SSO, web identity, container and instance metadata; pass --profile, --access-key-id with --secret-key-file, or run where an IAM role is attached`,
      { cause: error },
    );
  }
  if (name === 'AccessDeniedException' || name === 'AccessDenied' || name === 'UnauthorizedOperation' || name === 'UnrecognizedClientException' || name === 'InvalidSignatureException') {
    const what = name === 'AccessDeniedException' || name === 'AccessDenied' || name === 'UnauthorizedOperation' ? 'access denied' : 'credentials rejected';
    return new AwsError(`${what}: ${call} on ${where(context)}${message ? `: ${message}` : ''}`, { cause: error });
  }
  if (name === 'ClusterNotFoundException') {
    return new AwsError(`cluster not found: ${context.cluster ?? '?'} in region ${context.region} (${call})`, { cause: error });
  }
  if (THROTTLING.has(name)) {
    return new AwsError(`throttled by ${service.toUpperCase()} past the retry limit: ${call} on ${where(context)} (raise --max-attempts or retry later)`, { cause: error });
  }
  if (name === 'TimeoutError' || name === 'RequestTimeout' || /timed? ?out/i.test(message)) {
    return new AwsError(`timed out: ${call} on ${where(context)}${message ? `: ${message}` : ''}`, { cause: error });
  }
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+/.test(code)) {
    return new AwsError(`cannot reach the ${service.toUpperCase()} endpoint: ${call} on ${where(context)}: ${code}`, { cause: error });
  }
  return new AwsError(`${call} failed on ${where(context)}: ${name}${message && message !== name ? `: ${message}` : ''}`, { cause: error });
}
