// Test and bench support: the fewest ECS calls that list every running task of an estate.

import type { FakeEstate } from './fake-ecs-estate';

const PAGE = 100;

/** Calls per operation: ListClusters pages, then per cluster max(1, ⌈tasks/100⌉) ListTasks and ⌈tasks/100⌉ DescribeTasks. */
export function minimumCalls(estate: FakeEstate, options: { clustersNamed?: boolean } = {}): Record<string, number> {
  let listTasks = 0;
  let describeTasks = 0;
  for (const cluster of estate.clusters) {
    const running = cluster.tasks.filter((t) => t.desiredStatus === 'RUNNING').length;
    listTasks += Math.max(1, Math.ceil(running / PAGE));
    describeTasks += Math.ceil(running / PAGE);
  }
  const listClusters = options.clustersNamed ? 0 : Math.max(1, Math.ceil(estate.clusters.length / PAGE));
  return { ...(listClusters > 0 && { ListClusters: listClusters }), ListTasks: listTasks, ...(describeTasks > 0 && { DescribeTasks: describeTasks }) };
}
