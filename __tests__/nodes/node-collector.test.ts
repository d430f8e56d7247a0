// Tests of the batch collector per node unit against realistic estates: grouping, batches, duplicates.

import type { EcsTask } from '../../src/ecs-types';
import { UsageError } from '../../src/errors';
import { sortNodes } from '../../src/formatters';
import { createNodeCollector, isLongerRunning, startedAtMillis } from '../../src/nodes/node-collector';
import { DEFAULT_NODE_SHAPE, type NodeShape } from '../../src/nodes/node-shape';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { toNode } from '../../src/nodes/to-node';
import { DEFAULT_FILTER, type Filter } from '../../src/options';
import { selectContainers } from '../../src/select/select-containers';
import { loadEstateBatches, loadExampleTasks } from '../helpers/estate';

function collect(batches: readonly (readonly EcsTask[])[], shape: Partial<NodeShape> = {}, filter: Filter = DEFAULT_FILTER): RundeckNode[] {
  const collector = createNodeCollector(filter, { ...DEFAULT_NODE_SHAPE, ...shape });
  for (const batch of batches) collector.add(batch, 'eu-west-1');
  return sortNodes(collector.finish());
}

function byName(nodes: readonly RundeckNode[]): Record<string, RundeckNode> {
  return Object.fromEntries(nodes.map((n) => [n.nodename, n]));
}

const excludeEnvoy: Filter = { ...DEFAULT_FILTER, behavior: 'exclude', containers: ['envoy'] };
const onlyEnvoy: Filter = { ...DEFAULT_FILTER, containers: ['envoy'] };

describe('container nodes', () => {
  it('are exactly toNode of every selected container by default', () => {
    const tasks = loadExampleTasks();
    const expected = sortNodes(selectContainers(tasks, DEFAULT_FILTER, 'eu-west-1').map(toNode));
    expect(collect([tasks])).toEqual(expected);
    expect(expected).toHaveLength(10);
  });

  it('count a container seen twice once', () => {
    const tasks = loadExampleTasks();
    expect(collect([tasks, tasks])).toEqual(collect([tasks]));
  });

  it('fail on a name given to several containers, listing the duplicates', () => {
    expect(() => collect([loadExampleTasks()], { nodename: '{ECS:Container-Name}' })).toThrow(UsageError);
    expect(() => collect([loadExampleTasks()], { nodename: '{ECS:Container-Name}' })).toThrow(
      '--nodename "{ECS:Container-Name}" gives the same name to several nodes: "app" (3 nodes), "envoy" (2 nodes), "log-router" (2 nodes);',
    );
  });

  it('suffix every duplicate with its container id with --on-duplicate suffix', () => {
    const nodes = collect([loadExampleTasks()], { nodename: '{ECS:Container-Name}', onDuplicate: 'suffix' });
    expect(nodes).toHaveLength(10);
    for (const node of nodes) {
      const name = node.attributes['ECS:Container-Name'];
      const unique = name === 'migrate' || name === 'worker' || name === 'datadog-agent';
      expect(node.nodename).toBe(unique ? name : `${name}-${node.attributes['ECS:Container-ID']}`);
    }
  });
});

describe('task nodes', () => {
  it('are one per running task with a selected container, named family-task id', () => {
    const nodes = byName(collect(loadEstateBatches(), { nodePer: 'task' }));
    expect(Object.keys(nodes)).toEqual([
      'cart-api-2e9a5b8c1d3f6a4b0c7e8d9f0a1b2c3d',
      'checkout-api-0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b',
      'checkout-api-1d8f4a7b0c2e5f3a9b6d7c8e9f0a1b2c',
      'checkout-api-5bcd8e1f4a6c9d7e3fa0b1c2d3e4f506',
      'checkout-api-7def0a3b6c8e1f9a5bc2d3e4f5061728',
      'db-migrate-3fab6c9d2e4a7b5c1d8f9e0a1b2c3d4e',
      'report-worker-4abc7d0e3f5b8c6d2e9f0a1b2c3d4e5f',
    ]);
    const checkout = nodes['checkout-api-0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b'];
    expect(checkout?.attributes['ECS:Container-Names']).toBe('app,envoy,log-router');
    expect(checkout?.attributes['ECS:Container-Name']).toBe('app');
    expect(checkout?.tags).toEqual(['checkout-api', 'checkout-service', 'ecs', 'fargate', 'prod-web']);
    // The stopped statsd sidecar is not listed; the oldest checkout task only runs envoy.
    expect(nodes['report-worker-4abc7d0e3f5b8c6d2e9f0a1b2c3d4e5f']?.attributes['ECS:Container-Names']).toBe('worker');
    expect(nodes['checkout-api-7def0a3b6c8e1f9a5bc2d3e4f5061728']?.attributes['ECS:Container-Name']).toBe('envoy');
  });

  it('exist only when a container of the task is selected, and list the selected ones', () => {
    const nodes = byName(collect(loadEstateBatches(), { nodePer: 'task' }, excludeEnvoy));
    expect(nodes['checkout-api-7def0a3b6c8e1f9a5bc2d3e4f5061728']).toBeUndefined();
    expect(nodes['checkout-api-0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b']?.attributes['ECS:Container-Names']).toBe('app,log-router');
    const envoys = collect(loadEstateBatches(), { nodePer: 'task' }, onlyEnvoy);
    // The staging task runs no envoy: three prod-web checkout tasks remain, each listing envoy alone.
    expect(envoys.map((n) => n.attributes['ECS:Task-ID'])).toEqual([
      '0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b',
      '1d8f4a7b0c2e5f3a9b6d7c8e9f0a1b2c',
      '7def0a3b6c8e1f9a5bc2d3e4f5061728',
    ]);
    expect(envoys.map((n) => n.attributes['ECS:Container-Names'])).toEqual(['envoy', 'envoy', 'envoy']);
  });

  it('count a task seen twice (in two batches) once', () => {
    const batches = loadEstateBatches();
    expect(collect([...batches, ...batches], { nodePer: 'task' })).toEqual(collect(batches, { nodePer: 'task' }));
  });

  it('suffix duplicate names with the task id', () => {
    const nodes = collect(loadEstateBatches(), { nodePer: 'task', nodename: '{ECS:Task-Definition-Family}', onDuplicate: 'suffix' });
    expect(nodes.map((n) => n.nodename)).toEqual([
      'cart-api',
      'checkout-api-0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b',
      'checkout-api-1d8f4a7b0c2e5f3a9b6d7c8e9f0a1b2c',
      'checkout-api-5bcd8e1f4a6c9d7e3fa0b1c2d3e4f506',
      'checkout-api-7def0a3b6c8e1f9a5bc2d3e4f5061728',
      'db-migrate',
      'report-worker',
    ]);
  });
});

describe('service nodes', () => {
  it('are one per cluster and service, at the longest-running task, cluster-qualified only when names clash', () => {
    const nodes = byName(collect(loadEstateBatches(), { nodePer: 'service' }));
    expect(Object.keys(nodes)).toEqual(['cart-service', 'prod-web.checkout-service', 'report-worker', 'staging-web.checkout-service']);
    const prod = nodes['prod-web.checkout-service'];
    expect(prod?.attributes['ECS:Task-ID']).toBe('7def0a3b6c8e1f9a5bc2d3e4f5061728');
    expect(prod?.attributes['ECS:Service-Task-Count']).toBe('3');
    expect(prod?.attributes['ECS:Container-Name']).toBe('envoy');
    expect(nodes['staging-web.checkout-service']?.attributes['ECS:Service-Task-Count']).toBe('1');
    expect(nodes['staging-web.checkout-service']?.attributes.hostname).toBe('10.30.1.12');
    expect(nodes['cart-service']?.attributes['ECS:Cluster-Name']).toBe('prod-web');
  });

  it('leave standalone tasks out', () => {
    const nodes = collect(loadEstateBatches(), { nodePer: 'service' });
    expect(nodes.some((n) => n.attributes['ECS:Task-Definition-Family'] === 'db-migrate')).toBe(false);
  });

  it('apply the filters per container first', () => {
    const nodes = byName(collect(loadEstateBatches(), { nodePer: 'service' }, excludeEnvoy));
    const prod = nodes['prod-web.checkout-service'];
    // The envoy-only task is not selected: the next oldest (started 2026-11-20) is the node.
    expect(prod?.attributes['ECS:Task-ID']).toBe('1d8f4a7b0c2e5f3a9b6d7c8e9f0a1b2c');
    expect(prod?.attributes['ECS:Service-Task-Count']).toBe('2');
    expect(prod?.attributes['ECS:Container-Names']).toBe('app,log-router');
  });

  it('do not depend on how the tasks are batched or ordered', () => {
    const batches = loadEstateBatches();
    const expected = collect(batches, { nodePer: 'service' });
    expect(collect([...batches].reverse(), { nodePer: 'service' })).toEqual(expected);
    expect(collect([batches.flat()], { nodePer: 'service' })).toEqual(expected);
    expect(collect(batches.flat().reverse().map((t) => [t]), { nodePer: 'service' })).toEqual(expected);
    expect(collect([...batches, ...batches], { nodePer: 'service' })).toEqual(expected);
  });

  it('break startedAt ties by task ARN, whatever the order', () => {
    // Both checkout tasks of the example started at the same instant.
    const tasks = loadExampleTasks();
    for (const order of [tasks, [...tasks].reverse()]) {
      const checkout = collect([order], { nodePer: 'service' }).find((n) => n.nodename === 'checkout-service');
      expect(checkout?.attributes['ECS:Task-ID']).toBe('0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b');
    }
  });

  it('fail when a user template gives two services one name in one cluster', () => {
    expect(() => collect(loadEstateBatches(), { nodePer: 'service', nodename: '{ECS:Cluster-Name}' })).toThrow(
      '--nodename "{ECS:Cluster-Name}" gives the same name to several nodes: "prod-web" (2 nodes);',
    );
  });
});

describe('templates', () => {
  it('fail when the collector is created, before any task', () => {
    expect(() => createNodeCollector(DEFAULT_FILTER, { ...DEFAULT_NODE_SHAPE, tags: ['{ECS:Nope}'] })).toThrow(
      '--tag "{ECS:Nope}": unknown attribute ECS:Nope at column 2',
    );
  });

  it('fail on an empty node name, naming the task', () => {
    expect(() => collect([loadExampleTasks()], { nodename: '{ECS:Tag:missing}' })).toThrow(
      /--nodename "\{ECS:Tag:missing\}" gives an empty node name for task \w+ \(container \S+\)/,
    );
  });
});

describe('startedAtMillis and isLongerRunning', () => {
  it.each([
    [new Date('2026-11-27T08:14:39.502Z'), Date.UTC(2026, 10, 27, 8, 14, 39, 502)],
    ['2026-11-27T08:14:39.502000+00:00', Date.UTC(2026, 10, 27, 8, 14, 39, 502)],
    [1795767279.5, 1795767279500],
    [undefined, Number.POSITIVE_INFINITY],
    ['not a date', Number.POSITIVE_INFINITY],
  ])('%p → %p', (startedAt, expected) => {
    expect(startedAtMillis(startedAt)).toBe(expected);
  });

  it.each([
    [{ startedAt: '2026-11-01T00:00:00Z', taskArn: 'b' }, { startedAt: '2026-11-02T00:00:00Z', taskArn: 'a' }, true],
    [{ startedAt: '2026-11-02T00:00:00Z', taskArn: 'a' }, { startedAt: '2026-11-01T00:00:00Z', taskArn: 'b' }, false],
    [{ startedAt: '2026-11-01T00:00:00Z', taskArn: 'a' }, { startedAt: '2026-11-01T00:00:00Z', taskArn: 'b' }, true],
    [{ startedAt: '2026-11-01T00:00:00Z', taskArn: 'b' }, { startedAt: '2026-11-01T00:00:00Z', taskArn: 'a' }, false],
    [{ taskArn: 'a' }, { startedAt: '2026-11-01T00:00:00Z', taskArn: 'b' }, false],
    [{ taskArn: 'a' }, { taskArn: 'b' }, true],
  ])('%j before %j: %p', (a: EcsTask, b: EcsTask, expected) => {
    expect(isLongerRunning(a, b)).toBe(expected);
  });
});
