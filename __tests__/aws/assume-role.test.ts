// createAssumeRoleCredentials: the AssumeRole parameters and STS client config, and the lines for STS failures.

import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { AwsError, UsageError } from '../../src/errors';
import { createAssumeRoleCredentials, toAssumeRoleError, type AssumeRoleInput } from '../../src/aws/assume-role';

jest.mock('@aws-sdk/credential-providers', () => ({ fromTemporaryCredentials: jest.fn() }));
const fromTemporary = jest.mocked(fromTemporaryCredentials);

const ROLE = 'arn:aws:iam::222222222222:role/rundeck-ecs';
const base = jest.fn();
const input = (extra: Partial<AssumeRoleInput> = {}): AssumeRoleInput => ({
  roleArn: ROLE,
  roleSessionName: 'ecs-nodes',
  maxAttempts: 3,
  baseCredentials: base,
  ...extra,
});

beforeEach(() => {
  jest.resetAllMocks();
});

describe('createAssumeRoleCredentials', () => {
  it('assumes the role with the external id, session name, base credentials, region and STS endpoint', async () => {
    const assumed = { accessKeyId: 'ASIAEXAMPLE000000002', secretAccessKey: 's', sessionToken: 't' };
    const sdk = jest.fn().mockResolvedValue(assumed);
    fromTemporary.mockReturnValue(sdk);
    const provider = createAssumeRoleCredentials(
      input({ externalId: 'ext-1', region: 'eu-west-1', stsEndpointUrl: 'http://127.0.0.1:4566', roleSessionName: 'rundeck' }),
    );
    expect(fromTemporary).toHaveBeenCalledWith({
      params: { RoleArn: ROLE, RoleSessionName: 'rundeck', ExternalId: 'ext-1' },
      masterCredentials: base,
      clientConfig: { maxAttempts: 3, region: 'eu-west-1', endpoint: 'http://127.0.0.1:4566' },
    });
    const properties = { callerClientConfig: {} };
    await expect(provider(properties)).resolves.toEqual(assumed);
    expect(sdk).toHaveBeenCalledWith(properties);
  });

  it('sends no ExternalId and sets no endpoint or region when none is given', () => {
    fromTemporary.mockReturnValue(jest.fn());
    createAssumeRoleCredentials(input());
    expect(fromTemporary).toHaveBeenCalledWith({
      params: { RoleArn: ROLE, RoleSessionName: 'ecs-nodes' },
      masterCredentials: base,
      clientConfig: { maxAttempts: 3 },
    });
  });

  it('turns an STS refusal into an AwsError naming the role', async () => {
    fromTemporary.mockReturnValue(jest.fn().mockRejectedValue(Object.assign(new Error('not authorized'), { name: 'AccessDenied' })));
    const failure = createAssumeRoleCredentials(input({ externalId: 'ext-1' }))();
    await expect(failure).rejects.toThrow(AwsError);
    await expect(failure).rejects.toThrow(`sts:AssumeRole denied on role ${ROLE} (an external id was sent`);
  });
});

const named = (name: string, message: string, extra: object = {}): Error => Object.assign(new Error(message), { name, ...extra });

describe('toAssumeRoleError', () => {
  it.each<[string, unknown, Partial<AssumeRoleInput>, typeof AwsError | typeof UsageError, string]>([
    ['AccessDenied with an external id', named('AccessDenied', 'User: u is not authorized'), { externalId: 'x1', region: 'eu-west-1' },
      AwsError, `sts:AssumeRole denied on role ${ROLE}, region eu-west-1 (an external id was sent, session ecs-nodes): User: u is not authorized; check the role's trust policy and its sts:ExternalId condition and that the base identity may call sts:AssumeRole on it`],
    ['AccessDenied without an external id', named('AccessDenied', 'User: u is not authorized'), {},
      AwsError, `sts:AssumeRole denied on role ${ROLE} (no external id was sent, session ecs-nodes): User: u is not authorized; check the role's trust policy and that the base identity may call sts:AssumeRole on it`],
    ['a rejected base key', named('InvalidClientTokenId', 'The security token included in the request is invalid.'), { region: 'us-east-1' },
      AwsError, `the base credentials were rejected by STS (InvalidClientTokenId) calling sts:AssumeRole on role ${ROLE}, region us-east-1: The security token included in the request is invalid.`],
    ['an unreachable endpoint', named('Error', 'connect ECONNREFUSED', { code: 'ECONNREFUSED' }), { stsEndpointUrl: 'http://127.0.0.1:9' },
      AwsError, `cannot reach the STS endpoint http://127.0.0.1:9 for sts:AssumeRole on role ${ROLE}: ECONNREFUSED`],
    ['an unreachable endpoint whose URL holds a password', named('Error', 'connect ECONNREFUSED', { code: 'ECONNREFUSED' }), { stsEndpointUrl: 'http://ops:s3cret@127.0.0.1:9' },
      AwsError, `cannot reach the STS endpoint http://127.0.0.1:9/ for sts:AssumeRole on role ${ROLE}: ECONNREFUSED`],
    ['no region', named('Error', 'Region is missing'), {}, UsageError, 'no AWS region for sts:AssumeRole: pass --region (or set AWS_REGION or a region in the profile)'],
    ['anything else', named('RegionDisabledException', 'STS is not activated in this region'), { region: 'af-south-1' },
      AwsError, `sts:AssumeRole failed on role ${ROLE}, region af-south-1: RegionDisabledException: STS is not activated in this region`],
  ])('%s', (_name, error, extra, type, message) => {
    const mapped = toAssumeRoleError(error, input(extra));
    expect(mapped).toBeInstanceOf(type);
    expect(mapped.message).toBe(message);
    expect(mapped.cause).toBe(error);
  });

  it('passes errors that are already ours (the base credentials) through unchanged', () => {
    const ours = new AwsError('no AWS credentials found: …');
    expect(toAssumeRoleError(ours, input())).toBe(ours);
  });
});
