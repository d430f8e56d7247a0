// Raw flags of `ecs-nodes check` → CheckOptions. Pure: validates what commander cannot and throws UsageError.

import type { CheckOptions } from '../check/run-check';
import type { CredentialFlags } from './to-credential-settings';
import { toOptions } from './to-options';

/** The flags of `check` as commander hands them over. */
export interface RawCheckFlags extends CredentialFlags {
  readonly region?: readonly string[];
  readonly clusters?: readonly string[];
  readonly format?: string;
  readonly endpointUrl?: string;
  readonly maxAttempts?: number;
  /** Seconds the whole check may take; each request gets a quarter of it (see toOptions). */
  readonly timeout?: number;
  readonly color?: boolean;
  readonly debug?: boolean;
}

/**
 * The CheckOptions the flags describe; regions, endpoint and profile are validated as for an inventory run.
 * @throws UsageError for a bad region or endpoint
 */
export function toCheckOptions(flags: RawCheckFlags): CheckOptions {
  // Everything but the report's own format, colour and debug flags means what it means for an inventory run.
  const { format: _format, color: _color, debug: _debug, ...inventoryFlags } = flags;
  const { scope, aws } = toOptions(inventoryFlags);
  return { scope, aws };
}
