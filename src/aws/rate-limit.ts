// Client-side rate limiting of ECS calls: one token bucket per (credentials, region), applied to every
// attempt a client sends (retries included) through SDK middleware.

import type { ECSClient } from '@aws-sdk/client-ecs';
import { TokenBucket, type TokenBucketSpec } from './token-bucket';

/** ECS's own bucket for cluster resource reads: burst 100, refilled at 20 requests per second. */
export const ECS_BUCKET: TokenBucketSpec = { burst: 100, ratePerSecond: 20 };

/** Default client rate: just under ECS's sustained 20/s, bursting to 90% of its bucket (others share it). */
export const DEFAULT_MAX_RPS = 18;

/** The burst that goes with a rate: ECS's burst scaled like the rate (90 at 18/s), at least 1. */
export function burstFor(maxRps: number): number {
  return Math.max(1, Math.round((ECS_BUCKET.burst * maxRps) / ECS_BUCKET.ratePerSecond));
}

/** Waits until one request may be sent. */
export interface RateLimiter {
  acquire(): Promise<void>;
}

/** A rate limiter over a token bucket, sleeping with real timers. */
export function createRateLimiter(spec: TokenBucketSpec, now: () => number = () => performance.now()): RateLimiter {
  const bucket = new TokenBucket(spec, now);
  return {
    acquire: () => {
      const wait = bucket.reserve();
      return wait <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
    },
  };
}

/** Rate limiters shared by every client of one run, keyed by credentials and region. */
export class RateLimiters {
  private readonly limiters = new Map<string, RateLimiter>();
  constructor(private readonly spec: TokenBucketSpec) {}

  /** The limiter of `credentialsKey` (a profile, role or key id; never a secret) in `region`. */
  forScope(credentialsKey: string, region: string): RateLimiter {
    const key = `${credentialsKey}\u0000${region}`;
    let limiter = this.limiters.get(key);
    if (!limiter) this.limiters.set(key, (limiter = createRateLimiter(this.spec)));
    return limiter;
  }
}

/**
 * Makes every attempt `client` sends wait for `limiter` first. The middleware sits in the finalizeRequest
 * step below the retry middleware, so each retry takes a token as the first attempt did.
 */
export function applyRateLimit(client: ECSClient, limiter: RateLimiter): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      await limiter.acquire();
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'ecsNodesRateLimit', override: true },
  );
}
