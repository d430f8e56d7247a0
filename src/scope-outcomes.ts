// What failing clusters and regions mean for a run: by default the first failure fails it; with
// --allow-partial each failed scope becomes one warning, unless nothing at all could be listed.

import { AwsError } from './errors';

/** One scope (a region, or a cluster of a region) whose listing failed. */
export interface ScopeFailure {
  readonly scope: string;
  readonly error: AwsError;
}

/** Tracks the scopes of one run. Only AWS failures can be skipped; anything else (a bug, a usage error) always fails the run. */
export class ScopeOutcomes {
  private readonly failures: ScopeFailure[] = [];
  private listedScopes = 0;

  constructor(private readonly allowPartial: boolean) {}

  /**
   * Runs one scope's work. A failure rethrows unless partial results are allowed and it is an AwsError.
   * `countsAsListed`: whether success means nodes could be listed (a cluster) or only that work was found (a region).
   */
  async run(scope: string, work: () => Promise<void>, countsAsListed = true): Promise<void> {
    try {
      await work();
      if (countsAsListed) this.listedScopes += 1;
    } catch (error) {
      if (!this.allowPartial || !(error instanceof AwsError)) throw error;
      this.failures.push({ scope, error });
    }
  }

  /** Records a scope listed with nothing in it (a region without clusters). */
  markListed(): void {
    this.listedScopes += 1;
  }

  /**
   * One warning per failed scope.
   * @throws the first failure's AwsError when every scope failed: then nothing could be listed at all
   */
  warnings(): string[] {
    const first = this.failures[0];
    if (first && this.listedScopes === 0) throw first.error;
    return this.failures.map((f) => `skipped ${f.scope} (--allow-partial): ${f.error.message}`);
  }
}
