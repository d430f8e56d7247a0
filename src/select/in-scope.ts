// Narrows saved tasks (--input) to the regions and clusters asked for, as a listing of AWS would. Pure.

import type { EcsTask } from '../ecs-types';
import type { Scope } from '../options';
import { lastSegment, parseArn } from '../util/arn';
import { arnLocationOf, clusterNameOf } from '../nodes/task-facts';

/**
 * The tasks that lie in the scope: a region from `scope.regions` (read from the task ARN) and a cluster from
 * `scope.clusters` — a name matches that cluster in any region, an ARN only that cluster (its region and
 * account), as in a listing (see aws/cluster-scope.ts). An empty list does not narrow.
 */
export function tasksInScope(tasks: readonly EcsTask[], scope: Scope): EcsTask[] {
  const regions = new Set(scope.regions);
  const names = new Set(scope.clusters.filter((c) => parseArn(c) === undefined).map(lastSegment));
  const arns = new Set(scope.clusters.filter((c) => parseArn(c) !== undefined));
  return tasks.filter((task) => {
    const region = arnLocationOf(task).region;
    const cluster = clusterNameOf(task);
    const inCluster =
      scope.clusters.length === 0 ||
      (cluster !== undefined && names.has(cluster)) ||
      (task.clusterArn !== undefined && arns.has(task.clusterArn));
    return (regions.size === 0 || (region !== undefined && regions.has(region))) && inCluster;
  });
}
