// ListClusters / ListTasks paging and batched DescribeTasks against a mocked ECS client.

import {
  DescribeTasksCommand,
  ListClustersCommand,
  ListTasksCommand,
  type DescribeTasksCommandInput,
} from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { fetchClusterTasks, listClusterArns, PAGE_SIZE, type RegionContext } from '../../src/aws/fetch-tasks';
import { createRunStats } from '../../src/aws/stats';
import type { EcsTask } from '../../src/ecs-types';
import { AwsError } from '../../src/errors';
import { clusterArn, describeAll, ECSClient, REGION, sdkErrors, taskArns } from './ecs-mock';

const ecsMock = mockClient(ECSClient);

function context(): RegionContext {
  return { client: new ECSClient({ region: REGION }), region: REGION, stats: createRunStats() };
}

beforeEach(() => {
  ecsMock.reset();
});

afterAll(() => {
  ecsMock.restore();
});

describe('listClusterArns', () => {
  it('pages through ListClusters with 100 per page', async () => {
    ecsMock
      .on(ListClustersCommand)
      .resolvesOnce({ clusterArns: [clusterArn('a'), clusterArn('b')], nextToken: 'page-2' })
      .resolvesOnce({ clusterArns: [clusterArn('c')], nextToken: 'page-3' })
      .resolves({ clusterArns: [clusterArn('d')] });
    const ctx = context();
    await expect(listClusterArns(ctx)).resolves.toEqual(['a', 'b', 'c', 'd'].map(clusterArn));
    expect(ecsMock).toHaveReceivedCommandTimes(ListClustersCommand, 3);
    expect(ecsMock).toHaveReceivedNthCommandWith(1, ListClustersCommand, { maxResults: 100, nextToken: undefined });
    expect(ecsMock).toHaveReceivedNthCommandWith(2, ListClustersCommand, { maxResults: 100, nextToken: 'page-2' });
    expect(ecsMock).toHaveReceivedNthCommandWith(3, ListClustersCommand, { maxResults: 100, nextToken: 'page-3' });
    expect(ctx.stats.calls).toEqual({ ListClusters: 3 });
  });

  it('returns nothing for a region without clusters', async () => {
    ecsMock.on(ListClustersCommand).resolves({ clusterArns: [] });
    await expect(listClusterArns(context())).resolves.toEqual([]);
    expect(ecsMock).toHaveReceivedCommandTimes(ListClustersCommand, 1);
  });

  it('stops when an endpoint repeats a page token instead of looping forever', async () => {
    ecsMock.on(ListClustersCommand).resolves({ clusterArns: [clusterArn('a')], nextToken: 'same' });
    await expect(listClusterArns(context())).resolves.toEqual([clusterArn('a'), clusterArn('a')]);
    expect(ecsMock).toHaveReceivedCommandTimes(ListClustersCommand, 2);
  });

  it('maps a failure to an AwsError naming the call and region', async () => {
    ecsMock.on(ListClustersCommand).rejects(sdkErrors.accessDenied());
    const promise = listClusterArns(context());
    await expect(promise).rejects.toThrow(AwsError);
    await expect(promise).rejects.toThrow(/access denied: ecs:ListClusters on region eu-west-1/);
  });
});

describe('fetchClusterTasks', () => {
  async function collect(cluster: string): Promise<{ tasks: EcsTask[]; batches: number[]; result: Awaited<ReturnType<typeof fetchClusterTasks>>; ctx: RegionContext }> {
    const ctx = context();
    const tasks: EcsTask[] = [];
    const batches: number[] = [];
    const result = await fetchClusterTasks(ctx, cluster, (batch) => {
      tasks.push(...batch);
      batches.push(batch.length);
    });
    return { tasks, batches, result, ctx };
  }

  it('pages ListTasks (RUNNING, 100 per page) and describes each page with tags, in batches of at most 100', async () => {
    ecsMock
      .on(ListTasksCommand)
      .resolvesOnce({ taskArns: taskArns('prod-web', 100, 0), nextToken: 'n1' })
      .resolvesOnce({ taskArns: taskArns('prod-web', 100, 100), nextToken: 'n2' })
      .resolves({ taskArns: taskArns('prod-web', 50, 200) });
    ecsMock.on(DescribeTasksCommand).callsFake(describeAll);

    const { tasks, batches, result, ctx } = await collect('prod-web');

    expect(tasks).toHaveLength(250);
    expect(new Set(tasks.map((t) => t.taskArn)).size).toBe(250);
    expect(batches.sort((a, b) => a - b)).toEqual([50, 100, 100]);
    expect(result).toEqual({ cluster: 'prod-web', failures: [] });
    expect(ecsMock).toHaveReceivedCommandTimes(ListTasksCommand, 3);
    expect(ecsMock).toHaveReceivedCommandTimes(DescribeTasksCommand, 3);
    for (const [n, nextToken] of [[1, undefined], [2, 'n1'], [3, 'n2']] as const) {
      expect(ecsMock).toHaveReceivedNthSpecificCommandWith(n, ListTasksCommand, {
        cluster: 'prod-web',
        desiredStatus: 'RUNNING',
        maxResults: 100,
        nextToken,
      });
    }
    for (const call of ecsMock.commandCalls(DescribeTasksCommand)) {
      const input = call.args[0].input as DescribeTasksCommandInput;
      expect(input.cluster).toBe('prod-web');
      expect(input.include).toEqual(['TAGS']);
      expect(input.tasks?.length).toBeGreaterThan(0);
      expect(input.tasks?.length).toBeLessThanOrEqual(PAGE_SIZE);
    }
    expect(ctx.stats.calls).toEqual({ ListTasks: 3, DescribeTasks: 3 });
    expect(ctx.stats.clusters).toEqual([
      expect.objectContaining({ region: REGION, cluster: 'prod-web', tasks: 250, calls: 6, retries: 0 }),
    ]);
  });

  it('splits an oversized page into describes of at most 100', async () => {
    ecsMock.on(ListTasksCommand).resolves({ taskArns: taskArns('big', 230) });
    ecsMock.on(DescribeTasksCommand).callsFake(describeAll);
    const { tasks } = await collect('big');
    expect(tasks).toHaveLength(230);
    const sizes = ecsMock.commandCalls(DescribeTasksCommand).map((c) => (c.args[0].input as DescribeTasksCommandInput).tasks?.length);
    expect(sizes).toEqual([100, 100, 30]);
  });

  it('makes no DescribeTasks call for a cluster without running tasks', async () => {
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [] });
    const { tasks, result } = await collect(clusterArn('empty'));
    expect(tasks).toEqual([]);
    expect(result.cluster).toBe('empty');
    expect(ecsMock).toHaveReceivedCommandTimes(ListTasksCommand, 1);
    expect(ecsMock).toHaveReceivedCommandTimes(DescribeTasksCommand, 0);
  });

  it('passes a cluster ARN through as given and names the cluster by its last segment', async () => {
    ecsMock.on(ListTasksCommand).resolves({ taskArns: taskArns('prod-web', 1) });
    ecsMock.on(DescribeTasksCommand).callsFake(describeAll);
    const { result } = await collect(clusterArn('prod-web'));
    expect(result.cluster).toBe('prod-web');
    expect(ecsMock).toHaveReceivedCommandWith(ListTasksCommand, { cluster: clusterArn('prod-web') });
    expect(ecsMock).toHaveReceivedCommandWith(DescribeTasksCommand, { cluster: clusterArn('prod-web') });
  });

  it('collects DescribeTasks failures[] instead of dropping them', async () => {
    const [gone = '', ok = ''] = taskArns('prod-web', 2);
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [gone, ok] });
    ecsMock.on(DescribeTasksCommand).resolves({ ...describeAll({ tasks: [ok] }), failures: [{ arn: gone, reason: 'MISSING' }] });
    const { tasks, result } = await collect('prod-web');
    expect(tasks.map((t) => t.taskArn)).toEqual([ok]);
    expect(result.failures).toEqual([{ arn: gone, reason: 'MISSING' }]);
  });

  it('counts the SDK\'s retries from $metadata.attempts', async () => {
    ecsMock.on(ListTasksCommand).resolves({ taskArns: taskArns('c', 1), $metadata: { attempts: 3 } });
    ecsMock.on(DescribeTasksCommand).callsFake(describeAll);
    const { ctx } = await collect('c');
    expect(ctx.stats.retries).toBe(2);
  });

  it.each([
    ['ListTasks', 'access denied', () => sdkErrors.accessDenied(), /access denied: ecs:ListTasks on cluster prod-web, region eu-west-1/],
    ['ListTasks', 'cluster not found', () => sdkErrors.clusterNotFound(), /cluster not found: prod-web in region eu-west-1 \(ecs:ListTasks\)/],
    ['ListTasks', 'throttled', () => sdkErrors.throttling(), /throttled .*ecs:ListTasks on cluster prod-web, region eu-west-1/],
    ['DescribeTasks', 'access denied', () => sdkErrors.accessDenied(), /access denied: ecs:DescribeTasks on cluster prod-web, region eu-west-1/],
    ['DescribeTasks', 'throttled', () => sdkErrors.throttling(), /throttled .*ecs:DescribeTasks on cluster prod-web, region eu-west-1/],
  ])('%s %s → AwsError naming call, cluster and region', async (operation, _what, error, message) => {
    if (operation === 'ListTasks') {
      ecsMock.on(ListTasksCommand).rejects(error());
    } else {
      ecsMock.on(ListTasksCommand).resolves({ taskArns: taskArns('prod-web', 3) });
      ecsMock.on(DescribeTasksCommand).rejects(error());
    }
    const promise = collect('prod-web');
    await expect(promise).rejects.toThrow(AwsError);
    await expect(promise).rejects.toThrow(message);
  });

  it('waits for describes already started when a later ListTasks page fails, then reports the failure', async () => {
    let describesSettled = 0;
    ecsMock
      .on(ListTasksCommand)
      .resolvesOnce({ taskArns: taskArns('c', 100), nextToken: 'n1' })
      .rejects(sdkErrors.throttling());
    ecsMock.on(DescribeTasksCommand).callsFake(async (input: DescribeTasksCommandInput) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      describesSettled++;
      return describeAll(input);
    });
    await expect(collect('c')).rejects.toThrow(/throttled/);
    expect(describesSettled).toBe(1);
  });

  it('stops listing once a describe fails and reports the failure after the calls in flight, without unhandled rejections', async () => {
    ecsMock
      .on(ListTasksCommand)
      .resolvesOnce({ taskArns: taskArns('c', 100), nextToken: 'n1' })
      // The second page is still on its way when the first describe fails.
      .callsFakeOnce(() => new Promise((resolve) => setTimeout(() => resolve({ taskArns: taskArns('c', 100, 100), nextToken: 'n2' }), 20)))
      .resolves({ taskArns: taskArns('c', 10, 200) });
    ecsMock.on(DescribeTasksCommand).rejectsOnce(sdkErrors.accessDenied()).callsFake(describeAll);
    await expect(collect('c')).rejects.toThrow(/access denied: ecs:DescribeTasks/);
    // The page in flight is received but neither described nor followed: no third page.
    expect(ecsMock).toHaveReceivedCommandTimes(ListTasksCommand, 2);
    expect(ecsMock).toHaveReceivedCommandTimes(DescribeTasksCommand, 1);
  });
});
