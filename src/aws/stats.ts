// Counters of one run: API calls per operation, retries, per-cluster figures. Filled by the AWS layer.

/** Figures of one cluster's listing, for the --verbose summary. */
export interface ClusterStats {
  readonly region: string;
  readonly cluster: string;
  tasks: number;
  calls: number;
  retries: number;
  milliseconds: number;
}

/** Figures of one run, filled as calls are made. */
export interface RunStats {
  /** Calls per ECS operation (each `send`, retries not counted). */
  readonly calls: Record<string, number>;
  /** Extra attempts the SDK made (throttling, transient faults). */
  retries: number;
  readonly clusters: ClusterStats[];
}

/** Empty counters for a new run. */
export function createRunStats(): RunStats {
  return { calls: {}, retries: 0, clusters: [] };
}

/** Total API calls of the run. */
export function totalCalls(stats: RunStats): number {
  return Object.values(stats.calls).reduce((sum, n) => sum + n, 0);
}
