// What one run shares across its regions and clusters: the listings to run (filter push-down), the bound on
// listings in flight, and the rate limiters per account and region. Cheap to build: no SDK is loaded.

import { DEFAULT_CONCURRENCY, type Options } from '../options';
import { createSchedule, type Schedule } from '../util/semaphore';
import { planListings, type ListFilter } from './list-plan';
import { burstFor, DEFAULT_MAX_RPS, RateLimiters } from './rate-limit';

/** What the scopes of one run share (see createRunPlan). */
export interface RunPlan {
  /** ListTasks listings per cluster. */
  readonly listings: readonly ListFilter[];
  /** Runs each listing when one of `concurrency` slots is free. */
  readonly schedule: Schedule;
  readonly limiters: RateLimiters;
  /** Sockets per client: room for every listing in flight and its describes. */
  readonly maxSockets: number;
}

/** The run plan for `options`. */
export function createRunPlan(options: Options): RunPlan {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const rate = options.aws.maxRequestsPerSecond ?? DEFAULT_MAX_RPS;
  return {
    listings: planListings(options.filter),
    schedule: createSchedule(concurrency),
    limiters: new RateLimiters({ burst: burstFor(rate), ratePerSecond: rate }),
    maxSockets: Math.min(512, Math.max(50, concurrency * 3)),
  };
}

/**
 * The key that separates rate limits by account: the role assumed, else the base credentials' provider and
 * profile (names only, never a secret). ECS throttles per account and region.
 */
export function credentialsKeyOf(options: Options, roleArn: string | undefined): string {
  if (roleArn !== undefined) return `role:${roleArn}`;
  return `base:${options.aws.credentials?.provider ?? 'default'}:${options.aws.profile ?? ''}`;
}
