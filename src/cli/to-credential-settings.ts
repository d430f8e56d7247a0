// Raw credential flags → CredentialSettings. Pure: checks combinations and syntax, throws UsageError.

import { UsageError } from '../errors';
import { withoutUserInfo } from '../util/url';
import { CREDENTIAL_PROVIDERS, DEFAULT_CREDENTIALS, type CredentialProviderName, type CredentialSettings } from '../options';

/** The credential flags as commander hands them over. */
export interface CredentialFlags {
  readonly credentialProvider?: string;
  readonly accessKeyId?: string;
  readonly secretKeyFile?: string;
  readonly secretKeyEnv?: string;
  readonly sessionTokenFile?: string;
  readonly profile?: string;
  readonly sharedConfigFile?: string;
  readonly sharedCredentialsFile?: string;
  readonly roleArn?: readonly string[];
  readonly externalId?: string;
  readonly roleSessionName?: string;
  readonly stsEndpointUrl?: string;
}

// AWS's published constraints: access key ids are 16–128 upper-case letters and digits; role session names
// and external ids use word characters and +=,.@- (external ids also : and /).
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function toProvider(provider: string | undefined): CredentialProviderName {
  if (provider === undefined) return DEFAULT_CREDENTIALS.provider;
  const known = CREDENTIAL_PROVIDERS.find((p) => p === provider);
  if (known === undefined) throw new UsageError(`unknown --credential-provider "${provider}": use ${CREDENTIAL_PROVIDERS.join(', ')}`);
  return known;
}

function checkNotEmpty(flag: string, value: string | undefined): void {
  if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a value`);
}

function checkAccessKey(flags: CredentialFlags): void {
  const { accessKeyId, secretKeyFile, secretKeyEnv, sessionTokenFile } = flags;
  if (accessKeyId === undefined) {
    const stray = [
      secretKeyFile !== undefined && '--secret-key-file',
      secretKeyEnv !== undefined && '--secret-key-env',
      sessionTokenFile !== undefined && '--session-token-file',
    ].find(Boolean);
    if (stray) throw new UsageError(`${stray} needs --access-key-id`);
    return;
  }
  if (!ACCESS_KEY_ID.test(accessKeyId)) throw new UsageError('--access-key-id is not an access key id (16 or more upper-case letters and digits)');
  if (flags.credentialProvider !== undefined) {
    throw new UsageError('--access-key-id and --credential-provider are two sources of credentials: pass one of them');
  }
  if (secretKeyFile === undefined && secretKeyEnv === undefined) {
    throw new UsageError('--access-key-id needs --secret-key-file <path> or --secret-key-env <VAR> (the secret is never taken on the command line)');
  }
  if (secretKeyFile !== undefined && secretKeyEnv !== undefined) throw new UsageError('pass --secret-key-file or --secret-key-env, not both');
  // Never echo the value: someone may have passed the secret itself by mistake.
  if (secretKeyEnv !== undefined && !ENV_NAME.test(secretKeyEnv)) {
    throw new UsageError('--secret-key-env takes the NAME of an environment variable (letters, digits and _), not the secret itself');
  }
}

function checkSharedFiles(flags: CredentialFlags, provider: CredentialProviderName): void {
  const given = [
    flags.profile !== undefined && '--profile',
    flags.sharedConfigFile !== undefined && '--shared-config-file',
    flags.sharedCredentialsFile !== undefined && '--shared-credentials-file',
  ].find(Boolean);
  if (!given) return;
  if (flags.accessKeyId !== undefined) throw new UsageError(`${given} does not apply with --access-key-id`);
  if (provider !== 'default' && provider !== 'profile') {
    throw new UsageError(`${given} applies to --credential-provider default or profile, not ${provider}`);
  }
}

function toRoleArns(roleArns: readonly string[] | undefined): string[] {
  const roles = [...new Set(roleArns ?? [])];
  const bad = roles.find((r) => !ROLE_ARN.test(r));
  if (bad !== undefined) throw new UsageError(`--role-arn "${bad}" is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)`);
  // Two roles of one account would list the same tasks twice, and which role a node names would depend on
  // which listing answered first: one role per account keeps calls minimal and output deterministic.
  const byAccount = new Map<string, string>();
  for (const role of roles) {
    const [, partition = '', , , account = ''] = role.split(':');
    const other = byAccount.get(`${partition}:${account}`);
    if (other !== undefined) {
      throw new UsageError(`--role-arn: ${other} and ${role} are both in account ${account}; give one role per account`);
    }
    byAccount.set(`${partition}:${account}`, role);
  }
  return roles;
}

function toStsEndpoint(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--sts-endpoint-url "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`--sts-endpoint-url "${withoutUserInfo(url)}" must be an http or https URL`);
  return url;
}

function checkRoleFlags(flags: CredentialFlags, roleArns: readonly string[]): void {
  if (roleArns.length === 0) {
    const stray = [
      flags.externalId !== undefined && '--external-id',
      flags.roleSessionName !== undefined && '--role-session-name',
    ].find(Boolean);
    if (stray) throw new UsageError(`${stray} needs --role-arn`);
    return;
  }
  if (flags.externalId !== undefined && !EXTERNAL_ID.test(flags.externalId)) {
    throw new UsageError('--external-id must be 2 to 1224 letters, digits or +=,.@:/-_');
  }
  if (flags.roleSessionName !== undefined && !SESSION_NAME.test(flags.roleSessionName)) {
    throw new UsageError(`--role-session-name "${flags.roleSessionName}" must be 2 to 64 letters, digits or +=,.@-_`);
  }
}

/**
 * The CredentialSettings the flags describe. Reads nothing: files and variables are only named here.
 * @throws UsageError for an unknown provider, a bad access key id, role ARN, session name or URL, or
 *   flags that do not go together (a secret without a key id, shared files with `env`, …)
 */
export function toCredentialSettings(flags: CredentialFlags): CredentialSettings {
  for (const [flag, value] of [
    ['--secret-key-file', flags.secretKeyFile],
    ['--session-token-file', flags.sessionTokenFile],
    ['--shared-config-file', flags.sharedConfigFile],
    ['--shared-credentials-file', flags.sharedCredentialsFile],
    ['--profile', flags.profile],
  ] as const) {
    checkNotEmpty(flag, value);
  }
  const provider = toProvider(flags.credentialProvider);
  checkAccessKey(flags);
  checkSharedFiles(flags, provider);
  const roleArns = toRoleArns(flags.roleArn);
  checkRoleFlags(flags, roleArns);
  const stsEndpointUrl = toStsEndpoint(flags.stsEndpointUrl);
  return {
    provider,
    roleArns,
    roleSessionName: flags.roleSessionName ?? DEFAULT_CREDENTIALS.roleSessionName,
    ...(flags.accessKeyId !== undefined && { accessKeyId: flags.accessKeyId }),
    ...(flags.secretKeyFile !== undefined && { secretKeyFile: flags.secretKeyFile }),
    ...(flags.secretKeyEnv !== undefined && { secretKeyEnv: flags.secretKeyEnv }),
    ...(flags.sessionTokenFile !== undefined && { sessionTokenFile: flags.sessionTokenFile }),
    ...(flags.sharedConfigFile !== undefined && { sharedConfigFile: flags.sharedConfigFile }),
    ...(flags.sharedCredentialsFile !== undefined && { sharedCredentialsFile: flags.sharedCredentialsFile }),
    ...(flags.externalId !== undefined && { externalId: flags.externalId }),
    ...(stsEndpointUrl !== undefined && { stsEndpointUrl }),
  };
}
