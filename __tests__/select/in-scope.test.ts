// tasksInScope: --region and --clusters narrow saved tasks as they narrow a listing.

import type { EcsTask } from '../../src/ecs-types';
import { tasksInScope } from '../../src/select/in-scope';

function task(region: string, cluster: string, id: string): EcsTask {
  return {
    taskArn: `arn:aws:ecs:${region}:123456789012:task/${cluster}/${id}`,
    clusterArn: `arn:aws:ecs:${region}:123456789012:cluster/${cluster}`,
  };
}

const TASKS = [task('eu-west-1', 'prod', 'a'), task('eu-west-1', 'batch', 'b'), task('us-east-1', 'prod', 'c')];

describe('tasksInScope', () => {
  it.each<[string, string[], string[], string[]]>([
    ['no narrowing', [], [], ['a', 'b', 'c']],
    ['a region', ['eu-west-1'], [], ['a', 'b']],
    ['a cluster name', [], ['prod'], ['a', 'c']],
    ['a cluster ARN', [], ['arn:aws:ecs:eu-west-1:123456789012:cluster/batch'], ['b']],
    ['a region and a cluster', ['us-east-1'], ['prod'], ['c']],
    ['an unknown cluster', [], ['nope'], []],
    ['a cluster ARN only in its own region', [], ['arn:aws:ecs:us-east-1:123456789012:cluster/prod'], ['c']],
  ])('%s', (_name, regions, clusters, ids) => {
    const kept = tasksInScope(TASKS, { regions, clusters }).map((t) => t.taskArn?.split('/').pop());
    expect(kept).toEqual(ids);
  });
});
