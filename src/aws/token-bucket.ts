// A token bucket with an injected clock: how long each request must wait to stay within a rate. Pure.

/** `burst` tokens at most, refilled continuously at `ratePerSecond`. */
export interface TokenBucketSpec {
  readonly burst: number;
  readonly ratePerSecond: number;
}

/**
 * A token bucket that hands out reservations: `reserve()` takes a token now and says how many
 * milliseconds the caller must wait before using it. Tokens may go negative (a queue of reservations), so
 * waiters are served first come, first served, without polling.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  /** @param now a monotonic clock in milliseconds */
  constructor(
    private readonly spec: TokenBucketSpec,
    private readonly now: () => number,
  ) {
    if (!(spec.ratePerSecond > 0) || !(spec.burst >= 1)) throw new RangeError('token bucket needs ratePerSecond > 0 and burst >= 1');
    this.tokens = spec.burst;
    this.updatedAt = now();
  }

  /** Takes one token; resolves to the milliseconds to wait before sending (0 when a token is there now). */
  reserve(): number {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.spec.burst, this.tokens + (elapsed / 1000) * this.spec.ratePerSecond);
    this.updatedAt = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.spec.ratePerSecond) * 1000;
  }
}
