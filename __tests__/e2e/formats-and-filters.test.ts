// E2E: the built CLI against the local ECS endpoint: the three formats describe the same nodes, and each
// filter flag selects exactly the containers an independent reading of the estate expects.

import type { EcsContainer, EcsTask } from '../../src/ecs-types';
import type { OutputFormat } from '../../src/options';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { parseInventory } from '../support/parse-inventory';
import { assertBuilt, cleanUp, FAKE_ACCESS_KEY_ID, runCli } from './cli-runner';

const REGIONS = ['us-east-1', 'eu-west-1'];
let fake: FakeEcs;

beforeAll(async () => {
  assertBuilt();
  fake = await startFakeEcs({
    regions: { 'us-east-1': { seed: 11, clusters: 3, tasksPerCluster: 40 }, 'eu-west-1': { seed: 12, clusters: 2, tasksPerCluster: 15 } },
  });
});

afterAll(async () => {
  cleanUp();
  await fake.close();
});

type Pair = { task: EcsTask; container: EcsContainer; cluster: string };

/** Every (task, container) pair that may become a node: RUNNING containers of RUNNING tasks ListTasks lists. */
function candidatePairs(clusters?: readonly string[]): Pair[] {
  return REGIONS.flatMap((region) =>
    fake
      .estate(region)
      .clusters.filter((c) => !clusters || clusters.includes(c.name))
      .flatMap((cluster) =>
        cluster.tasks
          .filter((t) => t.desiredStatus === 'RUNNING' && t.lastStatus === 'RUNNING')
          .flatMap((task) => (task.containers ?? []).filter((c) => c.lastStatus === 'RUNNING').map((container) => ({ task, container, cluster: cluster.name }))),
      ),
  );
}

const tag = (task: EcsTask, key: string): string | undefined => task.tags?.find((t) => t.key === key)?.value;
const family = (task: EcsTask): string => /task-definition\/([^:]+):/.exec(task.taskDefinitionArn ?? '')?.[1] ?? '';
const revision = (task: EcsTask): string => /:(\d+)$/.exec(task.taskDefinitionArn ?? '')?.[1] ?? '';

async function containerArns(args: readonly string[]): Promise<string[]> {
  const result = await runCli(['--endpoint-url', fake.url, '-r', REGIONS.join(','), '-f', 'json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return [...parseInventory(result.stdout, 'resourcejson').values()].map((n) => n['ECS:Container-ARN'] ?? '').sort();
}

describe('ecs-nodes over the wire', () => {
  it('writes the same node set, attribute for attribute, in all three formats', async () => {
    const documents = new Map<OutputFormat, string>();
    for (const format of ['resourceyaml', 'resourcexml', 'resourcejson'] as const) {
      const result = await runCli(['--endpoint-url', fake.url, '-r', REGIONS.join(','), '-f', format]);
      expect(result.code).toBe(0);
      documents.set(format, result.stdout);
    }
    const yaml = parseInventory(documents.get('resourceyaml') ?? '', 'resourceyaml');
    const xml = parseInventory(documents.get('resourcexml') ?? '', 'resourcexml');
    const json = parseInventory(documents.get('resourcejson') ?? '', 'resourcejson');
    expect(yaml.size).toBe(candidatePairs().length);
    expect(Object.fromEntries(xml)).toEqual(Object.fromEntries(yaml));
    expect(Object.fromEntries(json)).toEqual(Object.fromEntries(yaml));
    // Every call was signed with the key from the environment, in the regions asked for.
    expect(fake.stats().accessKeyIds).toEqual([FAKE_ACCESS_KEY_ID]);
    expect(Object.keys(fake.stats().regions).sort()).toEqual([...REGIONS].sort());
  });

  const prodCluster = 'prod-web-01';
  it.each<[string, string[], (p: Pair) => boolean]>([
    ['no filter', [], () => true],
    ['--clusters', ['-c', prodCluster], (p) => p.cluster === prodCluster],
    ['--service', ['--service', 'web,checkout'], (p) => p.task.group === 'service:web' || p.task.group === 'service:checkout'],
    ['--service as an ARN', ['--service', 'arn:aws:ecs:us-east-1:123456789012:service/prod-web-01/api'], (p) => p.task.group === 'service:api'],
    ['--task-definition FAMILY', ['--task-definition', 'nightly-report'], (p) => family(p.task) === 'nightly-report'],
    ['--container', ['--container', 'envoy'], (p) => p.container.name === 'envoy'],
    ['--tags (one key)', ['--tags', 'env=prod'], (p) => tag(p.task, 'env') === 'prod'],
    ['--tags (a key twice: OR)', ['--tags', 'team=payments,team=search'], (p) => ['payments', 'search'].includes(tag(p.task, 'team') ?? '')],
    ['--tags (two keys: AND)', ['--tags', 'env=prod', '--tags', 'team=platform'], (p) => tag(p.task, 'env') === 'prod' && tag(p.task, 'team') === 'platform'],
    ['filters together', ['--service', 'web', '--container', 'web,envoy'], (p) => p.task.group === 'service:web' && ['web', 'envoy'].includes(p.container.name ?? '')],
    ['--filter-behavior exclude', ['--filter-behavior', 'exclude', '--container', 'envoy,datadog-agent,log-router'], (p) => !['envoy', 'datadog-agent', 'log-router'].includes(p.container.name ?? '')],
  ])('selects the right containers: %s', async (_name, args, expected) => {
    const want = candidatePairs(args[0] === '-c' ? [args[1] ?? ''] : undefined)
      .filter(expected)
      .map((p) => p.container.containerArn ?? '')
      .sort();
    expect(want.length).toBeGreaterThan(0);
    expect(await containerArns(args)).toEqual(want);
  });

  it('selects by FAMILY:REVISION', async () => {
    const task = candidatePairs().find((p) => p.task.group === 'service:api')?.task;
    const wanted = `${family(task ?? {})}:${revision(task ?? {})}`;
    const want = candidatePairs()
      .filter((p) => `${family(p.task)}:${revision(p.task)}` === wanted)
      .map((p) => p.container.containerArn ?? '')
      .sort();
    expect(await containerArns(['--task-definition', wanted])).toEqual(want);
  });
});
