// A fixed, deterministic node set for formatter tests: realistic ECS nodes built through toNode, plus nodes
// whose names and values need every kind of escaping.

import type { EcsTask } from '../../src/ecs-types';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { toNode } from '../../src/nodes/to-node';

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';

/** A realistic running Fargate task `i` of `cluster`, with an app container, a sidecar and tags. */
export function sampleTask(cluster: string, i: number): EcsTask {
  const id = (0x1000_0000 + i * 7919).toString(16).padStart(32, '0');
  const taskArn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task/${cluster}/${id}`;
  const service = `svc-${i % 7}`;
  const container = (name: string, n: number) => ({
    containerArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:container/${cluster}/${id}/${(i * 31 + n).toString(16).padStart(8, '0')}-c`,
    name,
    image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}:1.${i % 5}`,
    imageDigest: `sha256:${id}${id}`,
    runtimeId: `${id}-${n}`,
    lastStatus: 'RUNNING',
    healthStatus: 'HEALTHY',
    managedAgents: [{ name: 'ExecuteCommandAgent', lastStatus: 'RUNNING' }],
  });
  return {
    taskArn,
    clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${cluster}`,
    taskDefinitionArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${service}:${1 + (i % 3)}`,
    group: `service:${service}`,
    startedBy: 'ecs-svc/1234567890123456789',
    launchType: 'FARGATE',
    platformVersion: '1.4.0',
    platformFamily: 'Linux',
    lastStatus: 'RUNNING',
    desiredStatus: 'RUNNING',
    healthStatus: 'HEALTHY',
    availabilityZone: `${REGION}${'abc'[i % 3]}`,
    cpu: '256',
    memory: '512',
    enableExecuteCommand: i % 2 === 0,
    attachments: [
      {
        type: 'ElasticNetworkInterface',
        details: [
          { name: 'privateIPv4Address', value: `10.${i % 256}.${(i >> 8) % 256}.${(i * 13) % 256}` },
          { name: 'privateDnsName', value: `ip-10-${i % 256}.${REGION}.compute.internal` },
        ],
      },
    ],
    containers: [container(`app-${i % 4}`, 1), container('envoy', 2)],
    tags: [
      { key: 'env', value: i % 2 ? 'prod' : 'staging' },
      { key: 'team', value: `team-${i % 9}` },
      { key: 'cost-centre', value: String(1000 + (i % 50)) },
    ],
  };
}

/** Nodes whose names, attributes and tags need quoting and escaping in every format. */
export const TRICKY_NODES: readonly RundeckNode[] = [
  { nodename: 'plain', tags: [], attributes: {} },
  { nodename: '42', tags: ['x'], attributes: { hostname: '10.0.0.1', '7': 'seven' } },
  { nodename: 'quote"back\\slash', tags: ['a b', 'c'], attributes: { description: 'say "hi" \\ bye' } },
  { nodename: 'lines\nand\ttabs\r', tags: ['t'], attributes: { 'ECS:Tag:multi': 'one\ntwo\tthree\rfour' } },
  { nodename: 'xml<&>\'"', tags: ['<tag>&'], attributes: { osName: "<it's> & \"that\"", 'ECS:Tag:a&b': '<>' } },
  { nodename: 'unicodé-日本', tags: ['café', '日本'], attributes: { description: 'naïve – dash € ÿ \u007f \u0080' } },
  { nodename: 'astral-😀', tags: ['🚀'], attributes: { 'ECS:Tag:emoji': '😀 𝄞', osFamily: 'unix' } },
  { nodename: 'empty-values', tags: [], attributes: { 'ECS:Tag:empty': '', hostname: 'h' } },
  { nodename: 'controls', tags: [], attributes: { description: 'bell\u0007 esc\u001b nul\u0000 del\u007f' } },
];

/** `count` realistic nodes (two containers per task) followed by the tricky ones, sorted by nodename. */
export function sampleNodes(count: number): RundeckNode[] {
  const nodes: RundeckNode[] = [];
  for (let i = 0; nodes.length < count; i++) {
    const task = sampleTask(`cluster-${i % 3}`, i);
    for (const container of task.containers ?? []) {
      if (nodes.length < count) nodes.push(toNode({ task, container, region: REGION }));
    }
  }
  return [...nodes, ...TRICKY_NODES].sort((a, b) => (a.nodename < b.nodename ? -1 : a.nodename > b.nodename ? 1 : 0));
}
