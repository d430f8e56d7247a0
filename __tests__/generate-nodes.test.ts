// The orchestrator: options → tasks (mocked ECS or a saved file) → filtered containers → nodes and warnings.

import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DescribeTasksCommand, ListClustersCommand, ListTasksCommand, type DescribeTasksCommandInput } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { generateNodes } from '../src/generate-nodes';
import { loadAwsLayer } from '../src/aws/load-aws';
import { AwsError } from '../src/errors';
import { DEFAULT_OPTIONS, type Options } from '../src/options';
import { clusterArn, describeAll, describedTask, ECSClient, REGION, sdkErrors, taskArns } from './aws/ecs-mock';
import { fixturePath, loadDescribeTasks } from './fixtures/fixtures';

const ecsMock = mockClient(ECSClient);

function options(overrides: Partial<Options> = {}): Options {
  return { ...DEFAULT_OPTIONS, scope: { regions: [REGION], clusters: [] }, ...overrides };
}

beforeEach(() => {
  ecsMock.reset();
});

afterAll(() => {
  ecsMock.restore();
});

describe('generateNodes from --input', () => {
  it('maps every running container of the file and reports its failures as warnings', async () => {
    const result = await generateNodes(options({ input: fixturePath('describe-tasks.json') }));
    expect(result.nodes.map((n) => n.nodename)).toEqual([
      'app-5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      'envoy-6a2b3c4d-5e6f-4071-9b8c-0d1e2f3a4b5c',
      'app-bf708192-a3b4-45c6-a0d1-5c6d7e8f9012',
      'datadog-agent-c0819203-b4c5-46d7-b1e2-6d7e8f901234',
      'worker-e2a3b4c5-d6e7-48f9-9304-8f9012345678',
      'export-a4c5d6e7-f809-41a2-b3c4-d5e6f7081920',
    ]);
    expect(result.warnings).toEqual([
      'DescribeTasks could not describe arn:aws:ecs:eu-west-1:123456789012:task/prod-web/7def0a3b6c8e1f9a5b2c3d4e5f607182: MISSING (the task stopped between list and describe)',
    ]);
    expect(ecsMock.calls()).toHaveLength(0);
  });

  it('applies the filter and takes region and cluster from the ARNs', async () => {
    const result = await generateNodes(
      options({
        input: fixturePath('describe-tasks.json'),
        scope: { regions: [], clusters: [] },
        filter: { ...DEFAULT_OPTIONS.filter, behavior: 'exclude', containers: ['envoy', 'datadog-agent'] },
      }),
    );
    expect(result.nodes.map((n) => n.attributes['ECS:Container-Name'])).toEqual(['app', 'app', 'worker', 'export']);
    expect(new Set(result.nodes.map((n) => n.attributes['ECS:Region']))).toEqual(new Set(['eu-west-1']));
    expect(result.nodes.map((n) => n.attributes['ECS:Cluster-Name'])).toEqual(['prod-web', 'prod-web', 'batch-ec2', 'batch-ec2']);
  });

  it('keeps one node per name when the same task appears twice', async () => {
    const { tasks } = loadDescribeTasks();
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'ecs-nodes-generate-'));
    try {
      const file = path.join(folder, 'twice.json');
      await fs.writeFile(file, JSON.stringify([{ tasks }, { tasks }]));
      const result = await generateNodes(options({ input: file }));
      expect(result.nodes).toHaveLength(6);
    } finally {
      await fs.rm(folder, { recursive: true, force: true });
    }
  });
});

describe('generateNodes from ECS', () => {
  it('lists every cluster of the region when none is given, and every task of each', async () => {
    ecsMock
      .on(ListClustersCommand)
      .resolvesOnce({ clusterArns: [clusterArn('a')], nextToken: 'c2' })
      .resolves({ clusterArns: [clusterArn('b')] });
    ecsMock.on(ListTasksCommand, { cluster: clusterArn('a') }).resolves({ taskArns: taskArns('a', 150) });
    ecsMock.on(ListTasksCommand, { cluster: clusterArn('b') }).resolves({ taskArns: taskArns('b', 2) });
    ecsMock.on(DescribeTasksCommand).callsFake(describeAll);

    const result = await generateNodes(options());

    expect(result.nodes).toHaveLength(152);
    expect(new Set(result.nodes.map((n) => n.nodename)).size).toBe(152);
    expect(ecsMock).toHaveReceivedCommandTimes(ListClustersCommand, 2);
    expect(ecsMock).toHaveReceivedCommandTimes(ListTasksCommand, 2);
    expect(ecsMock).toHaveReceivedCommandTimes(DescribeTasksCommand, 3);
    expect(result.stats.calls).toEqual({ ListClusters: 2, ListTasks: 2, DescribeTasks: 3 });
    expect(result.stats.clusters.map((c) => [c.cluster, c.tasks]).sort()).toEqual([
      ['a', 150],
      ['b', 2],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('lists only the clusters given, a name and its ARN once, without ListClusters', async () => {
    ecsMock.on(ListTasksCommand).resolves({ taskArns: taskArns('prod-web', 1) });
    ecsMock.on(DescribeTasksCommand).callsFake(describeAll);
    const result = await generateNodes(options({ scope: { regions: [REGION], clusters: ['prod-web', clusterArn('prod-web')] } }));
    expect(result.nodes).toHaveLength(1);
    expect(ecsMock).toHaveReceivedCommandTimes(ListClustersCommand, 0);
    expect(ecsMock).toHaveReceivedCommandTimes(ListTasksCommand, 1);
    expect(ecsMock).toHaveReceivedCommandWith(ListTasksCommand, { cluster: 'prod-web', desiredStatus: 'RUNNING', maxResults: 100 });
  });

  it('reports DescribeTasks failures[] as warnings naming cluster and region', async () => {
    const [gone = '', ok = ''] = taskArns('prod-web', 2);
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [gone, ok] });
    ecsMock.on(DescribeTasksCommand).resolves({
      tasks: [describedTask(ok)],
      failures: [{ arn: gone, reason: 'MISSING' }, { arn: 'arn:x', reason: 'ACCESS_DENIED', detail: 'no tag access' }],
    });
    const result = await generateNodes(options({ scope: { regions: [REGION], clusters: ['prod-web'] } }));
    expect(result.nodes).toHaveLength(1);
    expect(result.warnings).toEqual([
      `DescribeTasks could not describe ${gone} (cluster prod-web, region eu-west-1): MISSING (the task stopped between list and describe)`,
      'DescribeTasks could not describe arn:x (cluster prod-web, region eu-west-1): ACCESS_DENIED (no tag access)',
    ]);
  });

  it('drops tasks and containers that are not RUNNING', async () => {
    const [running = '', pending = ''] = taskArns('c', 2);
    ecsMock.on(ListTasksCommand).resolves({ taskArns: [running, pending] });
    ecsMock.on(DescribeTasksCommand).resolves({
      tasks: [
        { ...describedTask(running), containers: [...(describedTask(running).containers ?? []), { name: 'init', lastStatus: 'STOPPED' }] },
        { ...describedTask(pending), lastStatus: 'PENDING' },
      ],
    });
    const result = await generateNodes(options({ scope: { regions: [REGION], clusters: ['c'] } }));
    expect(result.nodes.map((n) => n.attributes['ECS:Task-ARN'])).toEqual([running]);
  });

  it('applies the filter to described tasks', async () => {
    ecsMock.on(ListTasksCommand).resolves({ taskArns: taskArns('c', 3) });
    ecsMock.on(DescribeTasksCommand).callsFake((input: DescribeTasksCommandInput) => ({
      tasks: (input.tasks ?? []).map((arn, i) => ({ ...describedTask(arn), tags: [{ key: 'env', value: i === 1 ? 'dev' : 'prod' }] })),
    }));
    const result = await generateNodes(
      options({ scope: { regions: [REGION], clusters: ['c'] }, filter: { ...DEFAULT_OPTIONS.filter, tags: [{ key: 'env', value: 'dev' }] } }),
    );
    expect(result.nodes.map((n) => n.attributes['ECS:Task-ID'])).toEqual(['t0001']);
  });

  it.each([
    ['ClusterNotFoundException', sdkErrors.clusterNotFound, /^cluster not found: missing in region eu-west-1 \(ecs:ListTasks\)$/],
    ['AccessDeniedException', sdkErrors.accessDenied, /^access denied: ecs:ListTasks on cluster missing, region eu-west-1/],
    ['ThrottlingException', sdkErrors.throttling, /^throttled by ECS past the retry limit: ecs:ListTasks on cluster missing, region eu-west-1/],
  ])('fails with an AwsError on %s', async (_name, error, message) => {
    ecsMock.on(ListTasksCommand).rejects(error());
    const promise = generateNodes(options({ scope: { regions: [REGION], clusters: ['missing'] } }));
    await expect(promise).rejects.toThrow(AwsError);
    await expect(promise).rejects.toThrow(message);
  });

  it('creates one client per region, with the AWS settings, and destroys it', async () => {
    const real = loadAwsLayer();
    const created: { region?: string; endpointUrl?: string; profile?: string; maxAttempts: number }[] = [];
    const destroyed: string[] = [];
    const aws = {
      ...real,
      createEcsClient: (settings: Parameters<typeof real.createEcsClient>[0]) => {
        created.push({ region: settings.region, endpointUrl: settings.endpointUrl, profile: settings.profile, maxAttempts: settings.maxAttempts });
        const client = real.createEcsClient(settings);
        const destroy = client.destroy.bind(client);
        client.destroy = () => {
          destroyed.push(settings.region ?? '');
          destroy();
        };
        return client;
      },
    };
    ecsMock.on(ListClustersCommand).resolves({ clusterArns: [] });
    await generateNodes(
      options({
        scope: { regions: ['eu-west-1', 'us-east-1', 'eu-west-1'], clusters: [] },
        aws: { maxAttempts: 3, endpointUrl: 'http://127.0.0.1:4566', profile: 'ops' },
      }),
      { aws },
    );
    expect(created).toEqual([
      { region: 'eu-west-1', endpointUrl: 'http://127.0.0.1:4566', profile: 'ops', maxAttempts: 3 },
      { region: 'us-east-1', endpointUrl: 'http://127.0.0.1:4566', profile: 'ops', maxAttempts: 3 },
    ]);
    expect(destroyed.sort()).toEqual(['eu-west-1', 'us-east-1']);
  });
});
