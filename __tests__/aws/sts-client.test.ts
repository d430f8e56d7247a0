// The STS client settings and GetCallerIdentity, with errors naming the call.

import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { AwsError } from '../../src/errors';
import { createStsClient, getCallerIdentity } from '../../src/aws/sts-client';

const sts = mockClient(STSClient);

describe('createStsClient', () => {
  it('uses the endpoint override, region and attempts', async () => {
    const client = createStsClient({ region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:9/', maxAttempts: 2 });
    expect(await client.config.region()).toBe('eu-west-1');
    expect(await client.config.maxAttempts()).toBe(2);
    const endpoint = await client.config.endpoint?.();
    expect(endpoint?.hostname).toBe('127.0.0.1');
    client.destroy();
  });
});

describe('getCallerIdentity', () => {
  beforeEach(() => sts.reset());

  it('returns account, ARN and user id', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '1', Arn: 'arn:aws:iam::1:user/a', UserId: 'U' });
    await expect(getCallerIdentity(new STSClient({ region: 'eu-west-1' }), 'eu-west-1')).resolves.toEqual({ account: '1', arn: 'arn:aws:iam::1:user/a', userId: 'U' });
  });

  it('throws an AwsError naming sts:GetCallerIdentity', async () => {
    sts.rejects(Object.assign(new Error('nope'), { name: 'AccessDenied' }));
    const call = getCallerIdentity(new STSClient({ region: 'eu-west-1' }), 'eu-west-1');
    await expect(call).rejects.toThrow(AwsError);
    await expect(call).rejects.toThrow(/sts:GetCallerIdentity on region eu-west-1/);
  });
});
