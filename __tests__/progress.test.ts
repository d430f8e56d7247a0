// ProgressTracker: snapshots after every change.

import { ProgressTracker, type GenerateProgress } from '../src/progress';

describe('ProgressTracker', () => {
  it('tells the listener a fresh snapshot after every change', () => {
    const seen: GenerateProgress[] = [];
    const tracker = new ProgressTracker((p) => seen.push(p));
    tracker.addClusters(2);
    tracker.addTasks(100);
    tracker.clusterDone();
    tracker.addTasks(5);
    tracker.clusterDone();
    expect(seen).toEqual([
      { clustersTotal: 2, clustersDone: 0, tasksDescribed: 0 },
      { clustersTotal: 2, clustersDone: 0, tasksDescribed: 100 },
      { clustersTotal: 2, clustersDone: 1, tasksDescribed: 100 },
      { clustersTotal: 2, clustersDone: 1, tasksDescribed: 105 },
      { clustersTotal: 2, clustersDone: 2, tasksDescribed: 105 },
    ]);
  });

  it('works without a listener', () => {
    expect(() => new ProgressTracker().addTasks(1)).not.toThrow();
  });
});
