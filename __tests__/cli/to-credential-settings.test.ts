// toCredentialSettings: which credential flags go together, and what they become.

import { UsageError } from '../../src/errors';
import { DEFAULT_CREDENTIALS } from '../../src/options';
import { toCredentialSettings, type CredentialFlags } from '../../src/cli/to-credential-settings';
import { createProgram } from '../../src/cli/program';
import { toOptions, type RawFlags } from '../../src/cli/to-options';

const KEY = 'AKIAIOSFODNN7EXAMPLE';
const ROLE = 'arn:aws:iam::123456789012:role/rundeck-ecs';
const GOV_ROLE = 'arn:aws-us-gov:iam::123456789012:role/path/to/rundeck';

describe('toCredentialSettings', () => {
  it('defaults to the SDK chain, no roles, session name ecs-nodes', () => {
    expect(toCredentialSettings({})).toEqual(DEFAULT_CREDENTIALS);
  });

  it.each<[string, CredentialFlags, Partial<ReturnType<typeof toCredentialSettings>>]>([
    ['a key with a secret file', { accessKeyId: KEY, secretKeyFile: '/etc/rundeck/ecs.key' }, { accessKeyId: KEY, secretKeyFile: '/etc/rundeck/ecs.key' }],
    ['a key with a secret variable', { accessKeyId: KEY, secretKeyEnv: 'ECS_SECRET' }, { accessKeyId: KEY, secretKeyEnv: 'ECS_SECRET' }],
    ['a key with a session token', { accessKeyId: KEY, secretKeyEnv: 'S', sessionTokenFile: '/t' }, { sessionTokenFile: '/t' }],
    ['a provider', { credentialProvider: 'instance' }, { provider: 'instance' }],
    ['a profile with files', { credentialProvider: 'profile', profile: 'ops', sharedConfigFile: '/c', sharedCredentialsFile: '/k' }, { provider: 'profile', sharedConfigFile: '/c', sharedCredentialsFile: '/k' }],
    ['shared files with the default chain', { sharedCredentialsFile: '/k' }, { provider: 'default', sharedCredentialsFile: '/k' }],
    ['roles, deduplicated', { roleArn: [ROLE, GOV_ROLE, ROLE] }, { roleArns: [ROLE, GOV_ROLE] }],
    ['role options', { roleArn: [ROLE], externalId: 'ext-1:/x', roleSessionName: 'rundeck@prod', stsEndpointUrl: 'https://sts.eu-west-1.amazonaws.com' }, { externalId: 'ext-1:/x', roleSessionName: 'rundeck@prod', stsEndpointUrl: 'https://sts.eu-west-1.amazonaws.com' }],
    // `check` asks STS who the base credentials are, so an STS endpoint is meaningful without a role.
    ['an STS endpoint without a role', { stsEndpointUrl: 'http://127.0.0.1:1' }, { roleArns: [], stsEndpointUrl: 'http://127.0.0.1:1' }],
  ])('accepts %s', (_name, flags, expected) => {
    expect(toCredentialSettings(flags)).toEqual(expect.objectContaining(expected));
  });

  it.each<[string, CredentialFlags, RegExp]>([
    ['an unknown provider', { credentialProvider: 'sso' }, /unknown --credential-provider "sso"/],
    ['a key without a secret', { accessKeyId: KEY }, /--access-key-id needs --secret-key-file <path> or --secret-key-env <VAR>/],
    ['a key with both secrets', { accessKeyId: KEY, secretKeyFile: '/k', secretKeyEnv: 'S' }, /not both/],
    ['a malformed key id', { accessKeyId: 'akia-lower', secretKeyFile: '/k' }, /is not an access key id/],
    ['a key with a provider', { accessKeyId: KEY, secretKeyFile: '/k', credentialProvider: 'env' }, /pass one of them/],
    ['a secret file alone', { secretKeyFile: '/k' }, /^--secret-key-file needs --access-key-id$/],
    ['a secret variable alone', { secretKeyEnv: 'S' }, /^--secret-key-env needs --access-key-id$/],
    ['a session token alone', { sessionTokenFile: '/t' }, /^--session-token-file needs --access-key-id$/],
    ['a secret passed as the variable name', { accessKeyId: KEY, secretKeyEnv: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, /takes the NAME of an environment variable/],
    ['an empty secret file name', { accessKeyId: KEY, secretKeyFile: ' ' }, /^--secret-key-file needs a value$/],
    ['a profile with a key', { accessKeyId: KEY, secretKeyFile: '/k', profile: 'ops' }, /--profile does not apply with --access-key-id/],
    ['shared files with env', { credentialProvider: 'env', sharedConfigFile: '/c' }, /--shared-config-file applies to --credential-provider default or profile, not env/],
    ['a profile with instance', { credentialProvider: 'instance', profile: 'ops' }, /--profile applies to/],
    ['a malformed role', { roleArn: ['arn:aws:iam::123:role/x'] }, /is not an IAM role ARN/],
    ['a user ARN as a role', { roleArn: ['arn:aws:iam::123456789012:user/x'] }, /is not an IAM role ARN/],
    ['an external id without a role', { externalId: 'abc' }, /^--external-id needs --role-arn$/],
    ['a session name without a role', { roleSessionName: 'abc' }, /^--role-session-name needs --role-arn$/],
    ['a bad session name', { roleArn: [ROLE], roleSessionName: 'has space' }, /--role-session-name "has space" must be/],
    ['a short external id', { roleArn: [ROLE], externalId: 'x' }, /--external-id must be 2 to 1224/],
    ['two roles in one account', { roleArn: [ROLE, 'arn:aws:iam::123456789012:role/other'] }, /both in account 123456789012; give one role per account/],
    ['an STS endpoint that is no URL', { roleArn: [ROLE], stsEndpointUrl: 'sts.local' }, /is not a URL/],
    ['an STS endpoint that is not http', { roleArn: [ROLE], stsEndpointUrl: 'ftp://sts.local' }, /must be an http or https URL/],
  ])('refuses %s', (_name, flags, message) => {
    expect(() => toCredentialSettings(flags)).toThrow(UsageError);
    expect(() => toCredentialSettings(flags)).toThrow(message);
  });

  it('never echoes a value given to --secret-key-env that is not a variable name', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(() => toCredentialSettings({ accessKeyId: KEY, secretKeyEnv: secret })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secret) as unknown }),
    );
  });
});

describe('the credential flags on the command line', () => {
  function parse(argv: string[]): RawFlags {
    const program = createProgram().exitOverride();
    program.parse(argv, { from: 'user' });
    return program.opts<RawFlags>();
  }

  it('reach Options.aws.credentials, roles as a list', () => {
    const options = toOptions(
      parse(['--region', 'eu-west-1,us-east-1', '--access-key-id', KEY, '--secret-key-file', '/k', '--role-arn', `${ROLE},${GOV_ROLE}`, '--role-arn', ROLE, '--external-id', 'ext-1']),
    );
    expect(options.scope.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(options.aws.credentials).toEqual({
      provider: 'default',
      accessKeyId: KEY,
      secretKeyFile: '/k',
      roleArns: [ROLE, GOV_ROLE],
      externalId: 'ext-1',
      roleSessionName: 'ecs-nodes',
    });
  });

  it('keeps --profile in Options.aws.profile', () => {
    const options = toOptions(parse(['--credential-provider', 'profile', '--profile', 'ops', '--shared-config-file', '/c']));
    expect(options.aws.profile).toBe('ops');
    expect(options.aws.credentials).toEqual(expect.objectContaining({ provider: 'profile', sharedConfigFile: '/c' }));
  });

  it('lists the credential options in their own help group', () => {
    const help = createProgram().helpInformation();
    const group = help.slice(help.indexOf('Credentials, regions and accounts:'));
    for (const flag of ['--credential-provider', '--access-key-id', '--secret-key-file', '--secret-key-env', '--session-token-file', '--profile', '--shared-config-file', '--shared-credentials-file', '--role-arn', '--external-id', '--role-session-name', '--sts-endpoint-url']) {
      expect(group).toContain(flag);
    }
  });
});
