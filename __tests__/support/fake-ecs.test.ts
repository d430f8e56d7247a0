// Tests of the fake ECS endpoint itself, through the real @aws-sdk/client-ecs client (signed requests, JSON 1.1).

import {
  DescribeTasksCommand,
  ECSClient,
  ListClustersCommand,
  ListTasksCommand,
  type ECSClientConfig,
  type ListTasksCommandInput,
} from '@aws-sdk/client-ecs';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import { countNodeContainers, generateEstate, runningDesiredTasks } from './fake-ecs-estate';
import { startFakeEcs, type FakeEcs, type FakeEcsOptions } from './fake-ecs';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

const ACCESS_KEY_ID = 'AKIAFAKEFAKEFAKE0001';

let fake: FakeEcs | undefined;
const clients: ECSClient[] = [];

async function start(options: FakeEcsOptions = {}): Promise<FakeEcs> {
  fake = await startFakeEcs(options);
  return fake;
}

function client(server: FakeEcs, overrides: Partial<ECSClientConfig> = {}): ECSClient {
  const ecs = new ECSClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: 'fake-secret' },
    // Retries without the SDK's ~1 s throttling backoff, to keep the tests fast.
    retryStrategy: new ConfiguredRetryStrategy(4, 5),
    ...overrides,
  });
  clients.push(ecs);
  return ecs;
}

/** Every task ARN ListTasks returns, following nextToken (bounded). */
async function listAll(ecs: ECSClient, input: ListTasksCommandInput): Promise<string[]> {
  const arns: string[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const output = await ecs.send(new ListTasksCommand({ ...input, nextToken }));
    arns.push(...(output.taskArns ?? []));
    nextToken = output.nextToken;
    if (!nextToken) return arns;
  }
  throw new Error('too many pages');
}

afterEach(async () => {
  for (const ecs of clients.splice(0)) ecs.destroy();
  await fake?.close();
  fake = undefined;
});

describe('estate generator', () => {
  it('is deterministic for a seed and differs between seeds and regions', () => {
    const a = generateEstate('us-east-1', { seed: 7, clusters: 2, tasksPerCluster: 30 });
    expect(generateEstate('us-east-1', { seed: 7, clusters: 2, tasksPerCluster: 30 })).toEqual(a);
    expect(generateEstate('us-east-1', { seed: 8, clusters: 2, tasksPerCluster: 30 })).not.toEqual(a);
    expect(generateEstate('eu-west-1', { seed: 7, clusters: 2, tasksPerCluster: 30 }).clusters[0]?.tasks[0]?.taskArn).not.toEqual(
      a.clusters[0]?.tasks[0]?.taskArn,
    );
  });

  it('gives unique task and container ids across a large estate (cluster streams never overlap)', () => {
    const tasks = generateEstate('us-east-1', { seed: 51, clusters: 34, tasksPerCluster: 1000 }).clusters.flatMap((c) => c.tasks);
    const containerArns = tasks.flatMap((t) => (t.containers ?? []).map((c) => c.containerArn));
    expect(new Set(tasks.map((t) => t.taskArn?.split('/').pop())).size).toBe(tasks.length);
    expect(new Set(containerArns.map((arn) => arn?.split('/').pop())).size).toBe(containerArns.length);
  });

  it('has tasksPerCluster RUNNING-desired tasks per cluster, plus stopped ones, sidecars and both launch types', () => {
    const estate = generateEstate('us-east-1', { clusters: 4, tasksPerCluster: 250 });
    for (const cluster of estate.clusters) {
      expect(cluster.tasks.filter((t) => t.desiredStatus === 'RUNNING')).toHaveLength(250);
      expect(cluster.tasks.some((t) => t.desiredStatus === 'STOPPED')).toBe(true);
    }
    const tasks = runningDesiredTasks(estate);
    const containers = tasks.flatMap((t) => t.containers ?? []);
    expect(new Set(tasks.map((t) => t.launchType))).toEqual(new Set(['FARGATE', 'EC2']));
    expect(new Set(tasks.map((t) => t.taskArn)).size).toBe(tasks.length);
    expect(tasks.some((t) => t.group?.startsWith('family:'))).toBe(true);
    expect(tasks.some((t) => t.lastStatus === 'PENDING' || t.lastStatus === 'PROVISIONING')).toBe(true);
    expect(containers.some((c) => c.name === 'envoy')).toBe(true);
    expect(containers.some((c) => c.lastStatus === 'STOPPED')).toBe(true);
    // About 1.6 containers per task, as the benchmark's estates assume.
    expect(countNodeContainers(estate) / tasks.length).toBeGreaterThan(1.4);
    expect(countNodeContainers(estate) / tasks.length).toBeLessThan(1.8);
    const fargate = tasks.find((t) => t.launchType === 'FARGATE');
    const eni = fargate?.attachments?.find((a) => a.type === 'ElasticNetworkInterface');
    expect(eni?.details?.find((d) => d.name === 'privateIPv4Address')?.value).toMatch(/^10\.\d+\.\d+\.\d+$/);
    expect(eni?.details?.find((d) => d.name === 'privateDnsName')?.value).toMatch(/^ip-10-.*\.ec2\.internal$/);
  });
});

describe('fake ECS endpoint', () => {
  it('pages ListClusters and records the signing key and region', async () => {
    const server = await start({ regions: { 'us-east-1': { clusters: 5 } } });
    const ecs = client(server);
    const first = await ecs.send(new ListClustersCommand({ maxResults: 2 }));
    expect(first.clusterArns).toHaveLength(2);
    const rest = await ecs.send(new ListClustersCommand({ maxResults: 100, nextToken: first.nextToken }));
    expect(rest.nextToken).toBeUndefined();
    expect([...(first.clusterArns ?? []), ...(rest.clusterArns ?? [])]).toEqual(server.estate('us-east-1').clusters.map((c) => c.arn));
    expect(server.stats()).toMatchObject({ calls: { ListClusters: 2 }, regions: { 'us-east-1': 2 }, accessKeyIds: [ACCESS_KEY_ID] });
  });

  it('pages ListTasks over the RUNNING-desired tasks of a cluster', async () => {
    const server = await start({ regions: { 'us-east-1': { clusters: 1, tasksPerCluster: 230 } } });
    const cluster = server.estate('us-east-1').clusters[0];
    const arns = await listAll(client(server), { cluster: cluster?.name, maxResults: 100 });
    expect(arns).toEqual(cluster?.tasks.filter((t) => t.desiredStatus === 'RUNNING').map((t) => t.taskArn));
    expect(server.stats().calls.ListTasks).toBe(3);
  });

  it.each([0, 101])('rejects ListTasks maxResults %d with InvalidParameterException', async (maxResults) => {
    const server = await start();
    const cluster = server.estate('us-east-1').clusters[0]?.name;
    await expect(client(server).send(new ListTasksCommand({ cluster, maxResults }))).rejects.toMatchObject({
      name: 'InvalidParameterException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it.each<[string, Partial<ListTasksCommandInput>, (t: { group?: string; taskDefinitionArn?: string; launchType?: string; desiredStatus?: string }) => boolean]>([
    ['serviceName', { serviceName: 'web' }, (t) => t.group === 'service:web' && t.desiredStatus === 'RUNNING'],
    ['family', { family: 'nightly-report' }, (t) => /task-definition\/nightly-report:/.test(t.taskDefinitionArn ?? '') && t.desiredStatus === 'RUNNING'],
    ['launchType', { launchType: 'EC2' }, (t) => t.launchType === 'EC2' && t.desiredStatus === 'RUNNING'],
    ['desiredStatus', { desiredStatus: 'STOPPED' }, (t) => t.desiredStatus === 'STOPPED'],
  ])('filters ListTasks by %s', async (_name, filter, expected) => {
    const server = await start({ regions: { 'us-east-1': { clusters: 1, tasksPerCluster: 150 } } });
    const cluster = server.estate('us-east-1').clusters[0];
    const arns = await listAll(client(server), { cluster: cluster?.arn, ...filter });
    const want = cluster?.tasks.filter(expected).map((t) => t.taskArn) ?? [];
    expect(want.length).toBeGreaterThan(0);
    expect(arns).toEqual(want);
  });

  it('answers ServiceNotFoundException for a service the cluster lacks, and nothing for an idle one', async () => {
    const server = await start();
    const ecs = client(server);
    const cluster = server.estate('us-east-1').clusters[0]?.name;
    await expect(ecs.send(new ListTasksCommand({ cluster, serviceName: 'no-such-service' }))).rejects.toMatchObject({
      name: 'ServiceNotFoundException',
    });
    await expect(ecs.send(new ListTasksCommand({ cluster, serviceName: 'legacy-cron' }))).resolves.toMatchObject({ taskArns: [] });
  });

  it('describes tasks with tags only when asked, and unknown ARNs as MISSING failures', async () => {
    const server = await start();
    const ecs = client(server);
    const cluster = server.estate('us-east-1').clusters[1];
    const arns = (cluster?.tasks ?? []).slice(0, 3).map((t) => t.taskArn ?? '');
    const missing = `arn:aws:ecs:us-east-1:123456789012:task/${cluster?.name}/00000000000000000000000000000000`;
    const tagged = await ecs.send(new DescribeTasksCommand({ cluster: cluster?.name, tasks: [...arns, missing], include: ['TAGS'] }));
    expect(tagged.tasks?.map((t) => t.taskArn)).toEqual(arns);
    expect(tagged.tasks?.every((t) => (t.tags ?? []).some((tag) => tag.key === 'env'))).toBe(true);
    expect(tagged.failures).toEqual([{ arn: missing, reason: 'MISSING' }]);
    expect(tagged.tasks?.[0]?.startedAt).toBeInstanceOf(Date);
    const untagged = await ecs.send(new DescribeTasksCommand({ cluster: cluster?.name, tasks: arns }));
    expect(untagged.tasks?.every((t) => t.tags === undefined)).toBe(true);
  });

  it('rejects DescribeTasks of more than 100 tasks and unknown clusters', async () => {
    const server = await start();
    const ecs = client(server);
    const tasks = Array.from({ length: 101 }, (_, i) => `task-${i}`);
    const cluster = server.estate('us-east-1').clusters[0]?.name;
    await expect(ecs.send(new DescribeTasksCommand({ cluster, tasks }))).rejects.toMatchObject({ name: 'InvalidParameterException' });
    await expect(ecs.send(new DescribeTasksCommand({ cluster: 'nope', tasks: ['x'] }))).rejects.toMatchObject({ name: 'ClusterNotFoundException' });
  });

  it('serves a separate estate per region, chosen by the SigV4 credential scope', async () => {
    const server = await start({ regions: { 'us-east-1': { clusters: 2 }, 'eu-west-1': { clusters: 3 } } });
    const east = await client(server).send(new ListClustersCommand({}));
    const west = await client(server, { region: 'eu-west-1' }).send(new ListClustersCommand({}));
    expect(east.clusterArns).toHaveLength(2);
    expect(west.clusterArns).toHaveLength(3);
    expect(west.clusterArns?.every((arn) => arn.startsWith('arn:aws:ecs:eu-west-1:'))).toBe(true);
    expect(server.stats().regions).toEqual({ 'us-east-1': 1, 'eu-west-1': 1 });
  });
});

describe('fake ECS faults', () => {
  it('throttles every Nth call with ThrottlingException, which the SDK retries', async () => {
    const server = await start({ faults: { throttleEvery: 2 } });
    const ecs = client(server);
    for (let i = 0; i < 3; i++) await ecs.send(new ListClustersCommand({}));
    // Calls 2 and 4 are throttled and retried: 5 calls for 3 answers.
    expect(server.stats()).toMatchObject({ calls: { ListClusters: 5 }, throttled: 2, throttledByOperation: { ListClusters: 2 } });
    expect(server.requests().filter((r) => r.errorType === 'ThrottlingException')).toHaveLength(2);
  });

  it('answers HTTP 500 every Nth call and drops connections every Mth; both are retried', async () => {
    const server = await start({ faults: { serverErrorEvery: 3, dropEvery: 4 } });
    const ecs = client(server);
    for (let i = 0; i < 4; i++) await ecs.send(new ListClustersCommand({}));
    const stats = server.stats();
    expect(stats.serverErrors).toBeGreaterThanOrEqual(1);
    expect(stats.dropped).toBeGreaterThanOrEqual(1);
    expect(stats.calls.ListClusters).toBe(4 + stats.serverErrors + stats.dropped);
  });

  it('gives a ThrottlingException past the token bucket without retries', async () => {
    const server = await start({ faults: { tokenBucket: { burst: 3, ratePerSecond: 0.001 } } });
    const ecs = client(server, { maxAttempts: 1, retryStrategy: undefined });
    for (let i = 0; i < 3; i++) await ecs.send(new ListClustersCommand({}));
    await expect(ecs.send(new ListClustersCommand({}))).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(server.stats().throttled).toBe(1);
  });

  it('denies access per cluster with AccessDeniedException', async () => {
    const server = await start();
    const [denied, allowed] = server.estate('us-east-1').clusters;
    server.setFaults({ accessDeniedClusters: [denied?.name ?? ''] });
    const ecs = client(server);
    await expect(ecs.send(new ListTasksCommand({ cluster: denied?.name }))).rejects.toMatchObject({ name: 'AccessDeniedException' });
    await expect(ecs.send(new ListTasksCommand({ cluster: allowed?.name }))).resolves.toHaveProperty('taskArns');
    expect(server.stats().accessDenied).toBe(1);
  });

  it('hangs when asked; the client request timeout ends the call and close() frees the server', async () => {
    const server = await start({ faults: { hangEvery: 1 } });
    const ecs = client(server, { maxAttempts: 1, retryStrategy: undefined, requestHandler: { requestTimeout: 200, throwOnRequestTimeout: true } });
    await expect(ecs.send(new ListClustersCommand({}))).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(server.stats().hung).toBe(1);
  });

  it('delays answers by the latency switch', async () => {
    const server = await start({ faults: { latencyMs: 150 } });
    const ecs = client(server);
    const started = performance.now();
    await ecs.send(new ListClustersCommand({}));
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('lists vanishing tasks but describes them as MISSING', async () => {
    const server = await start({ faults: { vanishEvery: 2 } });
    const cluster = server.estate('us-east-1').clusters[0];
    const ecs = client(server);
    const arns = (cluster?.tasks ?? []).slice(0, 4).map((t) => t.taskArn ?? '');
    const output = await ecs.send(new DescribeTasksCommand({ cluster: cluster?.name, tasks: arns }));
    expect(output.tasks?.map((t) => t.taskArn)).toEqual([arns[0], arns[2]]);
    expect(output.failures).toEqual([
      { arn: arns[1], reason: 'MISSING' },
      { arn: arns[3], reason: 'MISSING' },
    ]);
  });

  it('applies the every-Nth faults only to the operations named', async () => {
    const server = await start({ faults: { throttleEvery: 1, operations: ['DescribeTasks'] } });
    const ecs = client(server, { maxAttempts: 1, retryStrategy: undefined });
    const cluster = server.estate('us-east-1').clusters[0]?.name;
    const listed = await ecs.send(new ListTasksCommand({ cluster }));
    await expect(ecs.send(new DescribeTasksCommand({ cluster, tasks: listed.taskArns?.slice(0, 1) }))).rejects.toMatchObject({
      name: 'ThrottlingException',
    });
    expect(server.stats().throttledByOperation).toEqual({ DescribeTasks: 1 });
  });
});
