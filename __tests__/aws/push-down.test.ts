// Filter push-down: listing per service or family gives exactly the nodes that listing whole clusters and
// filtering client-side gives, on the same estate, with fewer calls.

import { fetchClusterTasks } from '../../src/aws/fetch-tasks';
import { createRunStats } from '../../src/aws/stats';
import type { EcsTask } from '../../src/ecs-types';
import { generateNodes } from '../../src/generate-nodes';
import { toNode } from '../../src/nodes/to-node';
import { DEFAULT_FILTER, type Filter } from '../../src/options';
import { selectContainers } from '../../src/select/select-containers';
import { taskDefinitionParts } from '../../src/util/arn';
import { generateEstate, type FakeEstate } from '../support/fake-ecs-estate';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { fakeCredentialsLayer, fakeRunOptions } from '../support/fake-aws-layer';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const REGION = 'us-west-2';
// Clusters run web, api, worker (and the idle legacy-cron); "checkout" exists nowhere.
const estate: FakeEstate = generateEstate(REGION, { clusters: 4, tasksPerCluster: 230, servicesPerCluster: 3 });
let fake: FakeEcs;

beforeAll(async () => {
  fake = await startFakeEcs({ regions: { [REGION]: estate } });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.resetStats());

/** A revision of `family` that some running tasks use (the estate rolls a few tasks on the previous one). */
function someRevision(family: string): string {
  const task = estate.clusters
    .flatMap((c) => c.tasks)
    .find((t) => t.desiredStatus === 'RUNNING' && taskDefinitionParts(t.taskDefinitionArn ?? '').family === family);
  const revision = taskDefinitionParts(task?.taskDefinitionArn ?? '').revision;
  if (!revision) throw new Error(`no running task of ${family}`);
  return revision;
}

/** Nodes from listing every cluster whole and filtering client-side only. */
async function clientSideNodeNames(filter: Filter): Promise<string[]> {
  const layer = fakeCredentialsLayer();
  const client = layer.createEcsClient({ region: REGION, endpointUrl: fake.url, maxAttempts: 3 });
  try {
    const ctx = { client, region: REGION, stats: createRunStats() };
    const tasks: EcsTask[] = [];
    for (const cluster of estate.clusters) await fetchClusterTasks(ctx, cluster.arn, (batch) => tasks.push(...batch), { listings: [{}] });
    return selectContainers(tasks, filter, REGION).map((ref) => toNode(ref).nodename).sort();
  } finally {
    client.destroy();
  }
}

const filter = (overrides: Partial<Filter>): Filter => ({ ...DEFAULT_FILTER, ...overrides });

describe('filter push-down', () => {
  it.each<[string, () => Filter, Record<string, unknown>[]]>([
    ['services', () => filter({ services: ['web', 'api'] }), [{ serviceName: 'web' }, { serviceName: 'api' }]],
    ['a missing and an idle service', () => filter({ services: ['checkout', 'legacy-cron', 'worker'] }), [{ serviceName: 'checkout' }, { serviceName: 'legacy-cron' }, { serviceName: 'worker' }]],
    ['a service ARN', () => filter({ services: [`arn:aws:ecs:${REGION}:123456789012:service/any/web`] }), [{ serviceName: 'web' }]],
    ['families', () => filter({ taskDefinitions: ['nightly-report', 'backfill'] }), [{ family: 'nightly-report' }, { family: 'backfill' }]],
    ['FAMILY:REVISION', () => filter({ taskDefinitions: [`web:${someRevision('web')}`] }), [{ family: 'web' }]],
    ['service with container and tags', () => filter({ services: ['web'], containers: ['envoy'], tags: [{ key: 'env', value: 'prod' }] }), [{ serviceName: 'web' }]],
    ['exclude (no push-down)', () => filter({ behavior: 'exclude', services: ['web'] }), [{}]],
  ])('%s: the same nodes as client-side filtering', async (_name, makeFilter, listings) => {
    const wanted = makeFilter();
    const expected = await clientSideNodeNames(wanted);
    fake.resetStats();
    const result = await generateNodes(fakeRunOptions(fake.url, REGION, { filter: wanted }), { aws: fakeCredentialsLayer() });
    expect(result.nodes.map((n) => n.nodename).sort()).toEqual(expected);
    expect(result.warnings).toEqual([]);
    // Each cluster was listed once per planned listing (first pages), with that narrowing and nothing else.
    const firstPages = fake
      .requests()
      .filter((r) => r.operation === 'ListTasks' && r.input.nextToken === undefined)
      .map((r) => ({ ...(r.input.serviceName !== undefined && { serviceName: r.input.serviceName }), ...(r.input.family !== undefined && { family: r.input.family }) }));
    expect(firstPages).toHaveLength(estate.clusters.length * listings.length);
    for (const listing of listings) expect(firstPages.filter((p) => JSON.stringify(p) === JSON.stringify(listing))).toHaveLength(estate.clusters.length);
  });

  it('finds some nodes and leaves some out, so the comparison means something', async () => {
    const all = await clientSideNodeNames(DEFAULT_FILTER);
    const web = await clientSideNodeNames(filter({ services: ['web'] }));
    expect(web.length).toBeGreaterThan(50);
    expect(web.length).toBeLessThan(all.length / 2);
  });

  it('answers a service missing from every cluster with no nodes and no error, one call per cluster', async () => {
    const result = await generateNodes(fakeRunOptions(fake.url, REGION, { filter: filter({ services: ['checkout'] }) }), { aws: fakeCredentialsLayer() });
    expect(result.nodes).toEqual([]);
    expect(fake.stats().calls).toEqual({ ListClusters: 1, ListTasks: estate.clusters.length });
    expect(fake.requests().filter((r) => r.operation === 'ListTasks').every((r) => r.errorType === 'ServiceNotFoundException')).toBe(true);
  });

  it('describes only the service tasks: fewer calls than listing whole clusters', async () => {
    await generateNodes(fakeRunOptions(fake.url, REGION, { filter: filter({ services: ['web'] }) }), { aws: fakeCredentialsLayer() });
    const pushedDown = fake.stats().calls;
    fake.resetStats();
    await generateNodes(fakeRunOptions(fake.url, REGION, { filter: filter({ containers: ['web'] }) }), { aws: fakeCredentialsLayer() });
    const whole = fake.stats().calls;
    expect(whole).toEqual({ ListClusters: 1, ListTasks: 4 * 3, DescribeTasks: 4 * 3 });
    expect((pushedDown.DescribeTasks ?? 0) + (pushedDown.ListTasks ?? 0)).toBeLessThan((whole.ListTasks ?? 0) + (whole.DescribeTasks ?? 0));
  });

  it('still fails on other errors of a per-service listing (access denied)', async () => {
    fake.setFaults({ accessDeniedClusters: [estate.clusters[1]?.name ?? ''] });
    try {
      await expect(
        generateNodes(fakeRunOptions(fake.url, REGION, { filter: filter({ services: ['web'] }) }), { aws: fakeCredentialsLayer() }),
      ).rejects.toThrow(/access denied: ecs:ListTasks/);
    } finally {
      fake.setFaults({});
    }
  });
});
