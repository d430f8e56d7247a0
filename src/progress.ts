// Progress of an inventory run as the library reports it: clusters known and done, tasks described.

/** A snapshot of a run's progress; counts only grow. */
export interface GenerateProgress {
  /** Clusters found so far (grows as each region's clusters are listed). */
  readonly clustersTotal: number;
  readonly clustersDone: number;
  readonly tasksDescribed: number;
}

/** Called with a fresh snapshot after every change. Must not throw. */
export type ProgressListener = (progress: GenerateProgress) => void;

/** Counts progress and tells the listener, if any, after each change. */
export class ProgressTracker {
  private clustersTotal = 0;
  private clustersDone = 0;
  private tasksDescribed = 0;

  constructor(private readonly listener?: ProgressListener) {}

  /** `n` more clusters to go through. */
  addClusters(n: number): void {
    this.clustersTotal += n;
    this.emit();
  }

  /** `n` more tasks described. */
  addTasks(n: number): void {
    this.tasksDescribed += n;
    this.emit();
  }

  /** One cluster finished. */
  clusterDone(): void {
    this.clustersDone += 1;
    this.emit();
  }

  private emit(): void {
    this.listener?.({ clustersTotal: this.clustersTotal, clustersDone: this.clustersDone, tasksDescribed: this.tasksDescribed });
  }
}
