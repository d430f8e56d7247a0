// createBaseCredentials: the provider each setting chooses, its init, sharing, and the "no credentials" lines.

import {
  fromContainerMetadata,
  fromEnv,
  fromIni,
  fromInstanceMetadata,
  fromNodeProviderChain,
} from '@aws-sdk/credential-providers';
import { AwsError, UsageError } from '../../src/errors';
import { DEFAULT_CREDENTIALS, type CredentialProviderName, type CredentialSettings } from '../../src/options';
import { createBaseCredentials, METADATA_MAX_RETRIES, METADATA_TIMEOUT_MS } from '../../src/aws/credentials';

jest.mock('@aws-sdk/credential-providers', () => ({
  fromContainerMetadata: jest.fn(),
  fromEnv: jest.fn(),
  fromIni: jest.fn(),
  fromInstanceMetadata: jest.fn(),
  fromNodeProviderChain: jest.fn(),
}));

const factories = {
  default: jest.mocked(fromNodeProviderChain),
  env: jest.mocked(fromEnv),
  profile: jest.mocked(fromIni),
  instance: jest.mocked(fromInstanceMetadata),
  container: jest.mocked(fromContainerMetadata),
} as const;

const IDENTITY = { accessKeyId: 'ASIAEXAMPLE000000001', secretAccessKey: 'secret', sessionToken: 'token' };
const settings = (provider: CredentialProviderName, extra: Partial<CredentialSettings> = {}): CredentialSettings => ({ ...DEFAULT_CREDENTIALS, provider, ...extra });

/** Makes every factory return `provider`. */
function providersReturn(provider: jest.Mock): void {
  for (const factory of Object.values(factories)) factory.mockReturnValue(provider as never);
}

beforeEach(() => {
  jest.resetAllMocks();
});

describe('createBaseCredentials', () => {
  it('signs with the access key when one is given, without any SDK provider', async () => {
    const provider = createBaseCredentials({ settings: DEFAULT_CREDENTIALS, staticKeys: { accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 's3cret', sessionToken: 't' } });
    await expect(provider()).resolves.toEqual({ accessKeyId: 'AKIAEXAMPLE000000001', secretAccessKey: 's3cret', sessionToken: 't' });
    for (const factory of Object.values(factories)) expect(factory).not.toHaveBeenCalled();
  });

  const metadata = { timeout: METADATA_TIMEOUT_MS, maxRetries: METADATA_MAX_RETRIES };
  it.each<[CredentialProviderName, Partial<CredentialSettings>, string | undefined, unknown[]]>([
    ['default', {}, undefined, [metadata]],
    ['default', { sharedConfigFile: '/c', sharedCredentialsFile: '/k' }, 'ops', [{ profile: 'ops', filepath: '/k', configFilepath: '/c', ...metadata }]],
    ['env', {}, undefined, []],
    ['profile', { sharedConfigFile: '/c', sharedCredentialsFile: '/k' }, 'ops', [{ profile: 'ops', filepath: '/k', configFilepath: '/c' }]],
    ['profile', {}, undefined, [{}]],
    ['instance', {}, undefined, [metadata]],
    ['container', {}, undefined, [metadata]],
  ])('%s (%o, profile %s) builds its SDK provider with the right init', async (provider, extra, profile, init) => {
    const sdk = jest.fn().mockResolvedValue(IDENTITY);
    providersReturn(sdk);
    const credentials = createBaseCredentials({ settings: settings(provider, extra), ...(profile !== undefined && { profile }) });
    expect(factories[provider]).toHaveBeenCalledWith(...init);
    await expect(credentials()).resolves.toEqual(IDENTITY);
    for (const [name, factory] of Object.entries(factories)) if (name !== provider) expect(factory).not.toHaveBeenCalled();
  });

  it.each<[CredentialProviderName, string | undefined, RegExp]>([
    ['env', undefined, /^no AWS credentials in the environment \(--credential-provider env\): AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set .*; pass --access-key-id with --secret-key-file/],
    ['profile', 'ops', /^no AWS credentials for profile "ops" \(--credential-provider profile\) in ~\/\.aws\/credentials and ~\/\.aws\/config: nothing here; pass --profile with --shared-credentials-file/],
    ['instance', undefined, /^no credentials from the EC2 instance metadata service \(--credential-provider instance, 1000 ms timeout, 1 retry\): nothing here; .*Pass --credential-provider container, env or profile/],
    ['container', undefined, /^no credentials from the ECS container credentials endpoint \(--credential-provider container, 1000 ms timeout, 1 retry\): nothing here; .*Pass --credential-provider instance, env or profile/],
    ['default', 'ops', /^no AWS credentials found: tried environment variables, ~\/\.aws\/credentials and ~\/\.aws\/config \(profile "ops"\), SSO, web identity, ECS container and EC2 instance metadata \(nothing here\); pass --access-key-id/],
  ])('%s: a failure becomes one AwsError line saying what was tried and what to pass', async (provider, profile, message) => {
    providersReturn(jest.fn().mockRejectedValue(Object.assign(new Error('nothing here.\nsecond line'), { name: 'CredentialsProviderError' })));
    const credentials = createBaseCredentials({ settings: settings(provider), ...(profile !== undefined && { profile }) });
    const failure = credentials();
    await expect(failure).rejects.toThrow(AwsError);
    await expect(failure).rejects.toThrow(message);
  });

  it('names explicit shared files in the message', async () => {
    providersReturn(jest.fn().mockRejectedValue(new Error('no profile')));
    const credentials = createBaseCredentials({ settings: settings('profile', { sharedCredentialsFile: '/etc/rundeck/aws-credentials', sharedConfigFile: '/etc/rundeck/aws-config' }) });
    await expect(credentials()).rejects.toThrow('in /etc/rundeck/aws-credentials and /etc/rundeck/aws-config: no profile;');
  });

  it('passes errors that are already ours through unchanged', async () => {
    const ours = new UsageError('no AWS region: pass --region');
    providersReturn(jest.fn().mockRejectedValue(ours));
    await expect(createBaseCredentials({ settings: settings('default') })()).rejects.toBe(ours);
  });

  it('asks its provider once for every client of the run, failures included', async () => {
    const sdk = jest.fn().mockResolvedValue(IDENTITY);
    providersReturn(sdk);
    const credentials = createBaseCredentials({ settings: settings('instance') });
    await Promise.all([credentials(), credentials(), credentials()]);
    expect(sdk).toHaveBeenCalledTimes(1);

    const failing = jest.fn().mockRejectedValue(new Error('no role'));
    providersReturn(failing);
    const broken = createBaseCredentials({ settings: settings('instance') });
    await expect(broken()).rejects.toThrow(AwsError);
    await expect(broken()).rejects.toThrow(AwsError);
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it('asks again when the credentials are about to expire', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const expiring = { ...IDENTITY, expiration: new Date(now + 10 * 60_000) };
    const sdk = jest.fn().mockResolvedValue(expiring);
    providersReturn(sdk);
    const credentials = createBaseCredentials({ settings: settings('container'), now: () => now });
    await credentials();
    await credentials();
    expect(sdk).toHaveBeenCalledTimes(1);
    now += 6 * 60_000; // 4 minutes left: inside the 5-minute margin
    await credentials();
    expect(sdk).toHaveBeenCalledTimes(2);
  });

  it('hands the calling client config on to the SDK provider', async () => {
    const sdk = jest.fn().mockResolvedValue(IDENTITY);
    providersReturn(sdk);
    const properties = { callerClientConfig: { region: async () => 'eu-west-1' } };
    await createBaseCredentials({ settings: settings('default') })(properties);
    expect(sdk).toHaveBeenCalledWith(properties);
  });
});
