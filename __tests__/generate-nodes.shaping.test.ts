// generateNodes with node shaping over a mocked ECS: task and service units assembled across clusters and
// DescribeTasks batches (one per ListTasks page) equal the same estate read at once; bad templates fail
// before any AWS call.

import { DescribeTasksCommand, ECSClient, ListClustersCommand, ListTasksCommand, type Task } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import type { EcsTask } from '../src/ecs-types';
import { UsageError } from '../src/errors';
import { sortNodes } from '../src/formatters';
import { generateNodes } from '../src/generate-nodes';
import { DEFAULT_NODE_SHAPE, type NodeShape } from '../src/nodes/node-shape';
import { DEFAULT_OPTIONS, type Options } from '../src/options';
import { lastSegment } from '../src/util/arn';
import { fixturePath, loadEstateBatches } from './helpers/estate';

const ecs = mockClient(ECSClient);

/** Serves the estate: each cluster's running tasks listed one ARN per page, so each task is its own batch. */
function serveEstate(tasks: readonly EcsTask[]): void {
  const byArn = new Map(tasks.map((t) => [t.taskArn ?? '', t]));
  const clusters = [...new Set(tasks.map((t) => t.clusterArn ?? ''))];
  ecs.on(ListClustersCommand).resolves({ clusterArns: clusters });
  ecs.on(ListTasksCommand).callsFake((input: { cluster?: string; nextToken?: string }) => {
    const arns = tasks.filter((t) => lastSegment(t.clusterArn ?? '') === lastSegment(input.cluster ?? '')).map((t) => t.taskArn ?? '');
    const index = input.nextToken === undefined ? 0 : Number(input.nextToken);
    const next = index + 1 < arns.length ? String(index + 1) : undefined;
    return { taskArns: arns.slice(index, index + 1), ...(next !== undefined && { nextToken: next }) };
  });
  ecs.on(DescribeTasksCommand).callsFake((input: { tasks?: string[] }) => ({
    tasks: (input.tasks ?? []).map((arn) => byArn.get(arn) as Task),
    failures: [],
  }));
}

function options(shape: Partial<NodeShape>, extra: Partial<Options> = {}): Options {
  return { ...DEFAULT_OPTIONS, scope: { regions: ['eu-west-1'], clusters: [] }, shape: { ...DEFAULT_NODE_SHAPE, ...shape }, ...extra };
}

beforeEach(() => {
  ecs.reset();
});

describe('generateNodes with shaping', () => {
  it.each<NodeShape['nodePer']>(['container', 'task', 'service'])('per %s: batches from AWS give the nodes of the whole estate', async (nodePer) => {
    serveEstate(loadEstateBatches().flat());
    const fromAws = await generateNodes(options({ nodePer }));
    const fromFile = await generateNodes(options({ nodePer }, { input: fixturePath('estate.json') }));
    expect(sortNodes(fromAws.nodes)).toEqual(sortNodes(fromFile.nodes));
    expect(fromAws.nodes.length).toBe({ container: 12, task: 7, service: 4 }[nodePer]);
    expect(ecs.commandCalls(DescribeTasksCommand).length).toBe(8);
  });

  it('fails on a bad template before any AWS call', async () => {
    serveEstate(loadEstateBatches().flat());
    await expect(generateNodes(options({ nodename: '{ECS:Nope}' }))).rejects.toThrow(UsageError);
    expect(ecs.calls()).toHaveLength(0);
  });

  it('fails on duplicate names only once every batch is in', async () => {
    serveEstate(loadEstateBatches().flat());
    await expect(generateNodes(options({ nodePer: 'task', nodename: '{ECS:Cluster-Name}' }))).rejects.toThrow(
      '--nodename "{ECS:Cluster-Name}" gives the same name to several nodes: "prod-web" (5 nodes);',
    );
    expect(ecs.commandCalls(DescribeTasksCommand).length).toBe(8);
  });
});
