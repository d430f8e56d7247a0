// Test support: the fault switches of the fake ECS endpoint and the pure decision of which fault hits a call.

/** ECS's token bucket, as the endpoint should enforce it: `burst` tokens, refilled at `ratePerSecond`. */
export interface TokenBucketSpec {
  readonly burst: number;
  readonly ratePerSecond: number;
}

/**
 * Fault switches. "Every Nth" counters count the calls the faults apply to (see `operations`), from 1, across
 * regions; a retried request is a new call. Set a switch to undefined (or 0) to turn it off.
 */
export interface FakeEcsFaults {
  /** Delay before every response, in milliseconds. */
  readonly latencyMs?: number;
  /** Every Nth call fails with ThrottlingException (HTTP 400). */
  readonly throttleEvery?: number;
  /** Every Nth call fails with HTTP 500 ServerException. */
  readonly serverErrorEvery?: number;
  /** A token bucket per region; a call finding it empty fails with ThrottlingException (and takes no token). */
  readonly tokenBucket?: TokenBucketSpec;
  /** Cluster names whose ListTasks/DescribeTasks fail with AccessDeniedException (every region). */
  readonly accessDeniedClusters?: readonly string[];
  /** Regions where every call fails with AccessDeniedException. */
  readonly accessDeniedRegions?: readonly string[];
  /** Access key ids rejected with UnrecognizedClientException (invalid security token). */
  readonly rejectedAccessKeyIds?: readonly string[];
  /** Every Nth call answers only after `slowMs` more milliseconds. */
  readonly slowEvery?: number;
  readonly slowMs?: number;
  /** Every Nth call never gets an answer (until the client gives up or the server closes). 1 = every call. */
  readonly hangEvery?: number;
  /** Every Nth call has its connection destroyed without an answer. */
  readonly dropEvery?: number;
  /** Every Nth task of each cluster (by listing position, from 1) is listed but described as MISSING. */
  readonly vanishEvery?: number;
  /** Operations the "every Nth" faults (throttle, 5xx, slow, hang, drop) apply to; default: all. */
  readonly operations?: readonly string[];
}

/** What happens to one call before the operation runs. */
export type FaultAction =
  | { readonly kind: 'hang' }
  | { readonly kind: 'drop' }
  | { readonly kind: 'server-error' }
  | { readonly kind: 'throttle' }
  | { readonly kind: 'none' };

function hits(every: number | undefined, n: number): boolean {
  return every !== undefined && every > 0 && n % every === 0;
}

/** True when the "every Nth" faults apply to `operation`. */
export function isFaultable(faults: FakeEcsFaults, operation: string): boolean {
  return faults.operations === undefined || faults.operations.includes(operation);
}

/** Extra delay for the `n`th faultable call (latency plus slowness). */
export function delayFor(faults: FakeEcsFaults, n: number | undefined): number {
  const slow = n !== undefined && hits(faults.slowEvery, n) ? (faults.slowMs ?? 0) : 0;
  return Math.max(0, faults.latencyMs ?? 0) + Math.max(0, slow);
}

/** The fault for the `n`th faultable call (undefined n: the call is not faultable). Hang wins, then drop, 5xx, throttle. */
export function faultFor(faults: FakeEcsFaults, n: number | undefined): FaultAction {
  if (n === undefined) return { kind: 'none' };
  if (hits(faults.hangEvery, n)) return { kind: 'hang' };
  if (hits(faults.dropEvery, n)) return { kind: 'drop' };
  if (hits(faults.serverErrorEvery, n)) return { kind: 'server-error' };
  if (hits(faults.throttleEvery, n)) return { kind: 'throttle' };
  return { kind: 'none' };
}

/** A token bucket refilled continuously; `take` answers whether a token was there (and takes it). */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly spec: TokenBucketSpec,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = spec.burst;
    this.updatedAt = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.spec.burst, this.tokens + ((now - this.updatedAt) / 1000) * this.spec.ratePerSecond);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
