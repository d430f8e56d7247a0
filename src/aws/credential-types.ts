// The SDK's credential types, named once from the ECS client's config so no other SDK package is needed.

import type { ECSClientConfig } from '@aws-sdk/client-ecs';

/** A function resolving to credentials; called by a client with `{ callerClientConfig }`. */
export type CredentialIdentityProvider = Extract<NonNullable<ECSClientConfig['credentials']>, (...args: never[]) => unknown>;

/** Resolved credentials: key, secret, optional session token and expiration. */
export type CredentialIdentity = Awaited<ReturnType<CredentialIdentityProvider>>;
