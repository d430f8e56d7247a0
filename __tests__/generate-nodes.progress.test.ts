// generateNodes reports progress through onProgress (ECS mocked with aws-sdk-client-mock).

import { DescribeTasksCommand, ECSClient, ListClustersCommand, ListTasksCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { generateNodes } from '../src/generate-nodes';
import { DEFAULT_OPTIONS } from '../src/options';
import type { GenerateProgress } from '../src/progress';

const ecs = mockClient(ECSClient);
const arn = (cluster: string, id: string) => `arn:aws:ecs:eu-west-1:123456789012:task/${cluster}/${id}`;
const task = (cluster: string, id: string) => ({
  taskArn: arn(cluster, id),
  clusterArn: `arn:aws:ecs:eu-west-1:123456789012:cluster/${cluster}`,
  lastStatus: 'RUNNING',
  containers: [{ name: 'app', containerArn: `arn:aws:ecs:eu-west-1:123456789012:container/${cluster}/${id}/c-${id}`, lastStatus: 'RUNNING' }],
});

describe('generateNodes onProgress', () => {
  beforeEach(() => ecs.reset());

  it('reports clusters found, tasks described and clusters done, ending at the totals', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: ['arn:aws:ecs:eu-west-1:123456789012:cluster/a', 'arn:aws:ecs:eu-west-1:123456789012:cluster/b'] });
    ecs.on(ListTasksCommand, { cluster: 'arn:aws:ecs:eu-west-1:123456789012:cluster/a' }).resolves({ taskArns: [arn('a', '1'), arn('a', '2')] });
    ecs.on(ListTasksCommand, { cluster: 'arn:aws:ecs:eu-west-1:123456789012:cluster/b' }).resolves({ taskArns: [arn('b', '3')] });
    ecs.on(DescribeTasksCommand, { tasks: [arn('a', '1'), arn('a', '2')] }).resolves({ tasks: [task('a', '1'), task('a', '2')] });
    ecs.on(DescribeTasksCommand, { tasks: [arn('b', '3')] }).resolves({ tasks: [task('b', '3')] });
    const seen: GenerateProgress[] = [];
    const result = await generateNodes(
      { ...DEFAULT_OPTIONS, scope: { regions: ['eu-west-1'], clusters: [] } },
      { onProgress: (p) => seen.push(p) },
    );
    expect(result.nodes).toHaveLength(3);
    expect(seen[0]).toEqual({ clustersTotal: 2, clustersDone: 0, tasksDescribed: 0 });
    expect(seen.at(-1)).toEqual({ clustersTotal: 2, clustersDone: 2, tasksDescribed: 3 });
    expect(seen).toHaveLength(5);
  });
});
