// SDK failures → one clear line naming the call, the cluster and the region, with the right exit code.

import { ListTasksCommand } from '@aws-sdk/client-ecs';
import { isMissingCredentials, toAwsError, type CallContext } from '../../src/aws/aws-errors';
import { createEcsClient, resolveRegion } from '../../src/aws/ecs-client';
import { AwsError, EcsNodesError, ExitCode, OutputError, UsageError } from '../../src/errors';
import { sdkErrors } from './ecs-mock';
import { withCleanAwsEnvironment } from '../helpers/clean-aws-environment';

const CONTEXT: CallContext = { operation: 'ListTasks', region: 'eu-west-1', cluster: 'prod-web' };

function named(name: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name }, extra);
}

describe('toAwsError', () => {
  it.each<[string, () => unknown, abstract new (...args: never[]) => EcsNodesError, number, RegExp]>([
    [
      'AccessDeniedException',
      sdkErrors.accessDenied,
      AwsError,
      ExitCode.aws,
      /^access denied: ecs:ListTasks on cluster prod-web, region eu-west-1: User: .* is not authorized/,
    ],
    ['ClusterNotFoundException', sdkErrors.clusterNotFound, AwsError, ExitCode.aws, /^cluster not found: prod-web in region eu-west-1 \(ecs:ListTasks\)$/],
    ['ThrottlingException', sdkErrors.throttling, AwsError, ExitCode.aws, /^throttled by ECS past the retry limit: ecs:ListTasks on cluster prod-web, region eu-west-1/],
    ['TooManyRequestsException', () => named('TooManyRequestsException', 'slow down'), AwsError, ExitCode.aws, /^throttled .* region eu-west-1/],
    [
      'missing credentials',
      () => named('CredentialsProviderError', 'Could not load credentials from any providers'),
      AwsError,
      ExitCode.aws,
      /^no AWS credentials found for ecs:ListTasks \(cluster prod-web, region eu-west-1\)/,
    ],
    ['missing region', () => new Error('Region is missing'), UsageError, ExitCode.usage, /^no AWS region: pass --region/],
    ['rejected credentials', () => named('UnrecognizedClientException', 'The security token included in the request is invalid.'), AwsError, ExitCode.aws, /^credentials rejected: ecs:ListTasks on cluster prod-web, region eu-west-1/],
    ['a timeout', () => named('TimeoutError', 'Connection timed out after 5000 ms'), AwsError, ExitCode.aws, /^timed out: ecs:ListTasks on cluster prod-web, region eu-west-1/],
    ['a refused connection', () => named('Error', 'connect ECONNREFUSED 127.0.0.1:9', { code: 'ECONNREFUSED' }), AwsError, ExitCode.aws, /^cannot reach the ECS endpoint: ecs:ListTasks on cluster prod-web, region eu-west-1: ECONNREFUSED$/],
    ['anything else', () => named('InvalidParameterException', 'bad\nsecond line'), AwsError, ExitCode.aws, /^ecs:ListTasks failed on cluster prod-web, region eu-west-1: InvalidParameterException: bad$/],
    ['a thrown string', () => 'weird', AwsError, ExitCode.aws, /^ecs:ListTasks failed on cluster prod-web, region eu-west-1: Error: weird$/],
  ])('%s', (_case, make, type, exitCode, message) => {
    const cause = make();
    const error = toAwsError(cause, CONTEXT);
    expect(error).toBeInstanceOf(type);
    expect(error.exitCode).toBe(exitCode);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(error.cause).toBe(cause);
  });

  it('leaves out the cluster when the call has none', () => {
    const error = toAwsError(sdkErrors.accessDenied(), { operation: 'ListClusters', region: 'us-east-1' });
    expect(error.message).toMatch(/^access denied: ecs:ListClusters on region us-east-1:/);
  });

  it('names the assumed role when there is one', () => {
    const error = toAwsError(sdkErrors.accessDenied(), { ...CONTEXT, roleArn: 'arn:aws:iam::123456789012:role/ro' });
    expect(error.message).toContain('role arn:aws:iam::123456789012:role/ro');
  });

  it('passes our own errors through unchanged', () => {
    const ours = new OutputError('cannot write');
    expect(toAwsError(ours, CONTEXT)).toBe(ours);
  });
});

describe('isMissingCredentials', () => {
  it.each<[unknown, boolean]>([
    [named('CredentialsProviderError', 'anything'), true],
    [new Error('Could not load credentials from any providers'), true],
    [sdkErrors.accessDenied(), false],
    [undefined, false],
  ])('%p → %p', (error, expected) => {
    expect(isMissingCredentials(error)).toBe(expected);
  });
});

describe('with the real SDK client (no network)', () => {
  it('maps the SDK\'s own missing-credentials failure to exit 3 with call, cluster and region', async () => {
    await withCleanAwsEnvironment(async () => {
      const client = createEcsClient({ region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:9', maxAttempts: 1 });
      try {
        const failure = await client.send(new ListTasksCommand({ cluster: 'prod-web' })).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(isMissingCredentials(failure)).toBe(true);
        const error = toAwsError(failure, CONTEXT);
        expect(error).toBeInstanceOf(AwsError);
        expect(error.exitCode).toBe(ExitCode.aws);
        expect(error.message).toMatch(/^no AWS credentials found for ecs:ListTasks \(cluster prod-web, region eu-west-1\)/);
      } finally {
        client.destroy();
      }
    });
  });

  it('maps the SDK\'s own missing-region failure to a UsageError', async () => {
    await withCleanAwsEnvironment(async () => {
      const client = createEcsClient({ maxAttempts: 1 });
      try {
        const failure = await resolveRegion(client).then(
          () => undefined,
          (error: unknown) => error,
        );
        const error = toAwsError(failure, { operation: 'ListTasks', region: '(none)' });
        expect(error).toBeInstanceOf(UsageError);
        expect(error.exitCode).toBe(ExitCode.usage);
      } finally {
        client.destroy();
      }
    });
  });
});
