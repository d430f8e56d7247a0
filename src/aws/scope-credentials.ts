// Attaches credentials to each scope of a run: the base credentials, or a role assumed on top of them.

import type { Options } from '../options';
import { DEFAULT_CREDENTIALS } from '../options';
import type * as AssumeRoleModule from './assume-role';
import type * as CredentialsModule from './credentials';
import type { CredentialIdentityProvider } from './credential-types';
import { expandScopes, type ListingScope } from './expand-scopes';
import { readStaticKeys, type SecretReader } from './read-secrets';
import { readProfileRegion } from './shared-config-region';

/** A scope with the credentials its ECS client signs with. */
export interface CredentialedScope extends ListingScope {
  readonly credentials: CredentialIdentityProvider;
}

/**
 * Every (role, region) scope of the run with its credentials. Reads the secret file or variable now; asks
 * no AWS endpoint (providers resolve when a client first signs).
 * @throws UsageError when a secret cannot be read
 */
export async function planScopes(options: Pick<Options, 'aws' | 'scope'>, secrets: SecretReader): Promise<CredentialedScope[]> {
  const settings = options.aws.credentials ?? DEFAULT_CREDENTIALS;
  const staticKeys = await readStaticKeys(settings, secrets);
  // Loaded here, not at the top, so that --input runs never load the SDK's credential providers.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createBaseCredentials } = require('./credentials') as typeof CredentialsModule;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createAssumeRoleCredentials } = require('./assume-role') as typeof AssumeRoleModule;
  const baseCredentials = createBaseCredentials({
    settings,
    ...(options.aws.profile !== undefined && { profile: options.aws.profile }),
    ...(staticKeys !== undefined && { staticKeys }),
  });
  // Without --region, the profile's region in an explicit --shared-config-file counts, as ~/.aws/config's would.
  const fileRegion =
    options.scope.regions.length === 0 && settings.sharedConfigFile !== undefined
      ? await readProfileRegion(settings.sharedConfigFile, options.aws.profile ?? 'default')
      : undefined;
  const regions = fileRegion !== undefined ? [fileRegion] : options.scope.regions;
  return expandScopes(regions, settings.roleArns).map((scope) => ({
    ...scope,
    credentials:
      scope.roleArn === undefined
        ? baseCredentials
        : createAssumeRoleCredentials({
            roleArn: scope.roleArn,
            roleSessionName: settings.roleSessionName,
            maxAttempts: options.aws.maxAttempts,
            baseCredentials,
            ...(settings.externalId !== undefined && { externalId: settings.externalId }),
            ...(settings.stsEndpointUrl !== undefined && { stsEndpointUrl: settings.stsEndpointUrl }),
            ...(scope.region !== undefined && { region: scope.region }),
          }),
  }));
}
