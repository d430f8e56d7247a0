// planScopes: the secret is read first, then each (role, region) scope gets the base credentials or its role's.

import { createAssumeRoleCredentials } from '../../src/aws/assume-role';
import { createBaseCredentials } from '../../src/aws/credentials';
import { createSecretReader } from '../../src/aws/read-secrets';
import { planScopes } from '../../src/aws/scope-credentials';
import { UsageError } from '../../src/errors';
import { DEFAULT_CREDENTIALS, DEFAULT_OPTIONS, type CredentialSettings, type Options } from '../../src/options';

jest.mock('../../src/aws/credentials', () => ({ createBaseCredentials: jest.fn() }));
jest.mock('../../src/aws/assume-role', () => ({ createAssumeRoleCredentials: jest.fn() }));
const createBase = jest.mocked(createBaseCredentials);
const createAssumeRole = jest.mocked(createAssumeRoleCredentials);

const A = 'arn:aws:iam::222222222222:role/a';
const B = 'arn:aws:iam::333333333333:role/b';
const base = jest.fn();

function options(regions: string[], credentials: Partial<CredentialSettings>, profile?: string): Options {
  return {
    ...DEFAULT_OPTIONS,
    scope: { regions, clusters: [] },
    aws: { maxAttempts: 5, ...(profile !== undefined && { profile }), credentials: { ...DEFAULT_CREDENTIALS, ...credentials } },
  };
}

beforeEach(() => {
  jest.resetAllMocks();
  createBase.mockReturnValue(base);
  createAssumeRole.mockImplementation(() => jest.fn());
});

describe('planScopes', () => {
  it('gives every region the base credentials without roles, the key read from the environment it is given', async () => {
    const scopes = await planScopes(
      options(['eu-west-1', 'us-east-1'], { accessKeyId: 'AKIAEXAMPLE000000001', secretKeyEnv: 'ECS_SECRET' }),
      createSecretReader({ ECS_SECRET: 's3cret' }),
    );
    expect(scopes).toEqual([
      { region: 'eu-west-1', credentials: base },
      { region: 'us-east-1', credentials: base },
    ]);
    expect(createBase).toHaveBeenCalledWith({
      settings: expect.objectContaining({ accessKeyId: 'AKIAEXAMPLE000000001' }),
      staticKeys: { accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 's3cret' },
    });
    expect(createAssumeRole).not.toHaveBeenCalled();
  });

  it('assumes each role once per region, on top of the one base provider', async () => {
    const settings = { provider: 'instance', roleArns: [A, B], externalId: 'ext-1', roleSessionName: 'rundeck', stsEndpointUrl: 'http://127.0.0.1:1' } as const;
    const scopes = await planScopes(options(['eu-west-1', 'us-east-1'], settings, 'ops'), createSecretReader({}));
    expect(scopes.map((s) => [s.roleArn, s.region])).toEqual([
      [A, 'eu-west-1'],
      [A, 'us-east-1'],
      [B, 'eu-west-1'],
      [B, 'us-east-1'],
    ]);
    expect(createBase).toHaveBeenCalledTimes(1);
    expect(createBase).toHaveBeenCalledWith({ settings: expect.objectContaining({ provider: 'instance' }), profile: 'ops' });
    expect(createAssumeRole).toHaveBeenCalledTimes(4);
    expect(createAssumeRole).toHaveBeenCalledWith({
      roleArn: B,
      region: 'us-east-1',
      externalId: 'ext-1',
      roleSessionName: 'rundeck',
      stsEndpointUrl: 'http://127.0.0.1:1',
      maxAttempts: 5,
      baseCredentials: base,
    });
    scopes.forEach((scope, i) => {
      const call = createAssumeRole.mock.calls[i]?.[0];
      expect([call?.roleArn, call?.region]).toEqual([scope.roleArn, scope.region]);
      expect(scope.credentials).toBe(createAssumeRole.mock.results[i]?.value);
    });
  });

  it('leaves the STS region to the ECS client when no region is given', async () => {
    const scopes = await planScopes(options([], { roleArns: [A] }), createSecretReader({}));
    expect(scopes.map((s) => [s.roleArn, s.region])).toEqual([[A, undefined]]);
    expect(createAssumeRole.mock.calls[0]?.[0]).not.toHaveProperty('region');
  });

  it('fails on an unreadable secret before building any provider', async () => {
    const failing = planScopes(options(['eu-west-1'], { accessKeyId: 'AKIAEXAMPLE000000001', secretKeyFile: '/nonexistent/ecs-nodes.key' }), createSecretReader({}));
    await expect(failing).rejects.toThrow(UsageError);
    expect(createBase).not.toHaveBeenCalled();
  });
});
