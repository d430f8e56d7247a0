// Narrows saved tasks (--input) to the regions and clusters asked for, as a listing of AWS would. Pure.

import type { EcsTask } from '../ecs-types';
import type { Scope } from '../options';
import { lastSegment } from '../util/arn';
import { arnLocationOf, clusterNameOf } from '../nodes/task-facts';

/**
 * The tasks that lie in the scope: a region from `scope.regions` (read from the task ARN) and a cluster from
 * `scope.clusters` (names or ARNs, compared by name). An empty list does not narrow.
 */
export function tasksInScope(tasks: readonly EcsTask[], scope: Scope): EcsTask[] {
  const regions = new Set(scope.regions);
  const clusters = new Set(scope.clusters.map(lastSegment));
  return tasks.filter((task) => {
    const region = arnLocationOf(task).region;
    const cluster = clusterNameOf(task);
    return (
      (regions.size === 0 || (region !== undefined && regions.has(region))) &&
      (clusters.size === 0 || (cluster !== undefined && clusters.has(cluster)))
    );
  });
}
