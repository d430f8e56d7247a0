// Tests of the shaping step: templates on one node, tags, omitted attributes, and unique names.

import { UsageError } from '../../src/errors';
import { compileShape, DEFAULT_NODE_SHAPE, type NodeShape } from '../../src/nodes/node-shape';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { ensureUniqueNames, qualifyByCluster, shapeNode, type ShapedNode } from '../../src/nodes/shape-nodes';
import { toNode } from '../../src/nodes/to-node';
import { DEFAULT_FILTER } from '../../src/options';
import { selectContainers } from '../../src/select/select-containers';
import { loadExampleTasks } from '../helpers/estate';

function exampleNodes(): RundeckNode[] {
  return selectContainers(loadExampleTasks(), DEFAULT_FILTER).map(toNode);
}

function firstNode(): RundeckNode {
  const [node] = exampleNodes();
  if (!node) throw new Error('the example has no node');
  return node;
}

function shape(overrides: Partial<NodeShape>): ReturnType<typeof compileShape> {
  return compileShape({ ...DEFAULT_NODE_SHAPE, ...overrides });
}

describe('shapeNode', () => {
  it('returns every node unchanged with the default shape, attribute order included', () => {
    for (const node of exampleNodes()) {
      const shaped = shapeNode(node, shape({})).node;
      expect(shaped).toEqual(node);
      expect(Object.keys(shaped.attributes)).toEqual(Object.keys(node.attributes));
    }
  });

  it.each([
    ['{ECS:Private-IP|ECS:Task-ID}', '10.20.1.37'],
    ['{ECS:Private-DNS}', 'ip-10-20-1-37.eu-west-1.compute.internal'],
    ["{ECS:Tag:missing|'127.0.0.1'}", '127.0.0.1'],
  ])('--hostname %j gives %j', (hostname, expected) => {
    expect(shapeNode(firstNode(), shape({ hostname })).node.attributes.hostname).toBe(expected);
  });

  it('adds, replaces and (on an empty result) removes attributes, in order, each seeing the ones before', () => {
    const node = shapeNode(
      firstNode(),
      shape({
        attributes: [
          { name: 'username', template: 'root' },
          { name: 'team', template: "{ECS:Tag:team|'unknown'}" },
          { name: 'owner', template: '{team}@{username}' },
          { name: 'osName', template: '{ECS:Tag:missing}' },
          { name: 'ECS:Region', template: 'region {ECS:Region}' },
        ],
      }),
    ).node;
    expect(node.attributes).toMatchObject({ username: 'root', team: 'payments', owner: 'payments@root', 'ECS:Region': 'region eu-west-1' });
    expect(node.attributes.osName).toBeUndefined();
    // A replaced attribute keeps its place; new ones come last.
    const names = Object.keys(node.attributes);
    expect(names.indexOf('ECS:Region')).toBe(Object.keys(firstNode().attributes).indexOf('ECS:Region') - 1);
    expect(names.slice(-3)).toEqual(['username', 'team', 'owner']);
  });

  it('names the node from the final attributes', () => {
    const node = shapeNode(
      firstNode(),
      shape({ attributes: [{ name: 'short', template: '{ECS:Container-Name}' }], nodename: '{short}.{ECS:Cluster-Name}' }),
    ).node;
    expect(node.nodename).toBe('app.prod-web');
  });

  it.each<[Partial<NodeShape>, string[]]>([
    [{ tags: ['{ECS:Tag:env}'] }, ['app', 'checkout-api', 'checkout-service', 'ecs', 'fargate', 'prod', 'prod-web']],
    [{ tags: ['{ECS:Tag:env}'], defaultTags: false }, ['prod']],
    [{ tags: ['{ECS:Tag:missing}', ''], defaultTags: false }, []],
    [{ tags: ['  team: {ECS:Tag:team}  ', 'a,b', 'ecs', 'ECS'], defaultTags: false }, ['ECS', 'a b', 'ecs', 'team: payments']],
    [{ tags: ["{ECS:Tag:missing|'untagged'}"], defaultTags: false }, ['untagged']],
  ])('tags for %j: %j', (overrides, expected) => {
    expect(shapeNode(firstNode(), shape(overrides)).node.tags).toEqual(expected);
  });

  it('omits attributes matching a glob, after the templates have read them', () => {
    const node = shapeNode(
      firstNode(),
      shape({ omitAttributes: ['ECS:Tag:*', 'ECS:Container-Tags', 'os???ily'], tags: ['{ECS:Tag:team}'], nodename: '{ECS:Tag:env}-{ECS:Container-ID}' }),
    ).node;
    expect(Object.keys(node.attributes).filter((n) => n.startsWith('ECS:Tag') || n === 'ECS:Container-Tags' || n === 'osFamily')).toEqual([]);
    expect(node.attributes['ECS:Region']).toBe('eu-west-1');
    expect(node.tags).toContain('payments');
    expect(node.nodename).toBe('prod-5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b');
  });

  it('removes characters XML cannot carry from template results', () => {
    const node = shapeNode(firstNode(), shape({ attributes: [{ name: 'x', template: "{ECS:Tag:missing|'a\u0001b'}" }] })).node;
    expect(node.attributes.x).toBe('ab');
  });

  it('throws a UsageError for an empty node name', () => {
    expect(() => shapeNode(firstNode(), shape({ nodename: ' {ECS:Tag:missing} ' }))).toThrow(UsageError);
  });

  it('carries the container id (container unit) or task id (task unit) for suffixing', () => {
    expect(shapeNode(firstNode(), shape({})).suffix).toBe('5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b');
    expect(shapeNode(firstNode(), shape({ nodePer: 'task' })).suffix).toBe('0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b');
  });
});

function shaped(nodename: string, suffix?: string, cluster = 'prod'): ShapedNode {
  return {
    node: { nodename, tags: [], attributes: {} },
    ...(suffix !== undefined && { suffix }),
    clusterKey: `arn:aws:ecs:eu-west-1:1:cluster/${cluster}`,
    clusterName: cluster,
  };
}

describe('ensureUniqueNames', () => {
  it('keeps unique names', () => {
    expect(ensureUniqueNames([shaped('a'), shaped('b')], shape({})).map((n) => n.nodename)).toEqual(['a', 'b']);
  });

  it('fails listing the first five duplicate names, sorted, and how many more', () => {
    const nodes = ['g', 'f', 'e', 'd', 'c', 'b', 'a', 'z'].flatMap((name) => (name === 'z' ? [shaped(name)] : [shaped(name), shaped(name)]));
    nodes.push(shaped('a'));
    expect(() => ensureUniqueNames(nodes, shape({ nodename: '{ECS:Container-Name}' }))).toThrow(
      '--nodename "{ECS:Container-Name}" gives the same name to several nodes: "a" (3 nodes), "b" (2 nodes), "c" (2 nodes), ' +
        '"d" (2 nodes), "e" (2 nodes), and 2 more; make the template unique',
    );
  });

  it('suffixes every node of a duplicate name, the first one too', () => {
    const nodes = [shaped('a', '1'), shaped('b', '2'), shaped('a', '3')];
    expect(ensureUniqueNames(nodes, shape({ onDuplicate: 'suffix' })).map((n) => n.nodename)).toEqual(['a-1', 'b', 'a-3']);
  });

  it('fails when suffixing still leaves duplicates', () => {
    const nodes = [shaped('a', '1'), shaped('a', '1')];
    expect(() => ensureUniqueNames(nodes, shape({ onDuplicate: 'suffix' }))).toThrow(/even after --on-duplicate suffix/);
    const clash = [shaped('a', '1'), shaped('a', '2'), shaped('a-1')];
    expect(() => ensureUniqueNames(clash, shape({ onDuplicate: 'suffix' }))).toThrow(/"a-1" \(2 nodes\)/);
  });

  it('qualifies service names by cluster before looking for duplicates', () => {
    const nodes = [shaped('checkout', 't1', 'prod'), shaped('checkout', 't2', 'staging'), shaped('cart', 't3', 'prod')];
    expect(ensureUniqueNames(nodes, shape({ nodePer: 'service' })).map((n) => n.nodename)).toEqual([
      'prod.checkout',
      'staging.checkout',
      'cart',
    ]);
    // Only the service unit is qualified.
    expect(() => ensureUniqueNames(nodes, shape({ nodePer: 'task' }))).toThrow(/"checkout" \(2 nodes\)/);
  });
});

describe('qualifyByCluster', () => {
  it('leaves a name shared within one cluster alone', () => {
    const nodes = [shaped('checkout', 't1', 'prod'), shaped('checkout', 't2', 'prod')];
    expect(qualifyByCluster(nodes).map((s) => s.node.nodename)).toEqual(['checkout', 'checkout']);
  });
});
