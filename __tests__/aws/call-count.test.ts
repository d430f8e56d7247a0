// The run makes exactly the fewest ECS calls: ListClusters pages, then per cluster ⌈tasks/100⌉ ListTasks
// pages and as many DescribeTasks, nothing else.

import { generateNodes } from '../../src/generate-nodes';
import { totalCalls } from '../../src/aws/stats';
import { generateEstate } from '../support/fake-ecs-estate';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { fakeCredentialsLayer, fakeRunOptions } from '../support/fake-aws-layer';
import { minimumCalls } from '../support/minimum-calls';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const REGION = 'eu-west-1';
let fake: FakeEcs | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('API calls of a run', () => {
  it('lists 3 clusters × 250 tasks with 1 + 3×3 + 3×3 = 19 calls', async () => {
    const estate = generateEstate(REGION, { clusters: 3, tasksPerCluster: 250 });
    fake = await startFakeEcs({ regions: { [REGION]: estate } });
    const result = await generateNodes(fakeRunOptions(fake.url, REGION), { aws: fakeCredentialsLayer() });
    expect(fake.stats().calls).toEqual({ ListClusters: 1, ListTasks: 9, DescribeTasks: 9 });
    expect(result.stats.calls).toEqual(fake.stats().calls);
    expect(minimumCalls(estate)).toEqual(fake.stats().calls);
    expect(result.stats.clusters.map((c) => c.tasks)).toEqual([250, 250, 250]);
  });

  it('pages ListClusters past 100 clusters and lists an empty cluster with one call', async () => {
    const estate = generateEstate(REGION, { clusters: 101, tasksPerCluster: 1, stoppedFraction: 0 });
    const empty = estate.clusters[100];
    if (!empty) throw new Error('estate too small');
    empty.tasks.length = 0;
    fake = await startFakeEcs({ regions: { [REGION]: estate } });
    const result = await generateNodes(fakeRunOptions(fake.url, REGION), { aws: fakeCredentialsLayer() });
    expect(fake.stats().calls).toEqual({ ListClusters: 2, ListTasks: 101, DescribeTasks: 100 });
    expect(totalCalls(result.stats)).toBe(203);
  });

  it('makes no ListClusters call when clusters are named, and describes exactly 100 tasks in one call', async () => {
    const estate = generateEstate(REGION, { clusters: 2, tasksPerCluster: 100, stoppedFraction: 0 });
    fake = await startFakeEcs({ regions: { [REGION]: estate } });
    const options = fakeRunOptions(fake.url, REGION);
    await generateNodes(
      { ...options, scope: { ...options.scope, clusters: estate.clusters.map((c) => c.name) } },
      { aws: fakeCredentialsLayer() },
    );
    expect(fake.stats().calls).toEqual({ ListTasks: 2, DescribeTasks: 2 });
    expect(minimumCalls(estate, { clustersNamed: true })).toEqual(fake.stats().calls);
    const describes = fake.requests().filter((r) => r.operation === 'DescribeTasks');
    expect(describes.map((r) => (r.input.tasks as unknown[]).length)).toEqual([100, 100]);
    expect(describes.every((r) => JSON.stringify(r.input.include) === '["TAGS"]')).toBe(true);
  });
});
