// Task → node: every attribute of the issue, hostname and OS rules, Exec readiness, tags, clean-up.

import type { EcsContainer, EcsTask } from '../../src/ecs-types';
import { ATTR, TAG_ATTRIBUTE_PREFIX } from '../../src/nodes/attributes';
import { normaliseTags, toNode } from '../../src/nodes/to-node';
import type { RundeckNode } from '../../src/nodes/rundeck-node';
import { containerOf, fixtureTask, makeTask, TASK } from '../fixtures/fixtures';

function nodeOf(taskId: string, containerName: string, region?: string): RundeckNode {
  const task = fixtureTask(taskId);
  return toNode({ task, container: containerOf(task, containerName), ...(region !== undefined && { region }) });
}

/** Every attribute name the issue lists (ECS:Tag:<KEY> aside). */
const ISSUE_ATTRIBUTES = [
  'ECS:Region',
  'ECS:Cluster-ARN',
  'ECS:Cluster-Name',
  'ECS:Service-Name',
  'ECS:Task-ARN',
  'ECS:Task-ID',
  'ECS:Task-Definition-ARN',
  'ECS:Task-Definition-Family',
  'ECS:Task-Definition-Revision',
  'ECS:Task-Group',
  'ECS:Task-Started-By',
  'ECS:Task-Launch-Type',
  'ECS:Task-Platform-Version',
  'ECS:Task-Last-Status',
  'ECS:Task-Health-Status',
  'ECS:Availability-Zone',
  'ECS:Private-IP',
  'ECS:Private-DNS',
  'ECS:CPU',
  'ECS:Memory',
  'ECS:Memory-Reservation',
  'ECS:Container-ARN',
  'ECS:Container-ID',
  'ECS:Container-Name',
  'ECS:Container-Image',
  'ECS:Container-Image-Digest',
  'ECS:Runtime-ID',
  'ECS:Container-Last-Status',
  'ECS:Container-Health-Status',
  'ECS:Container-Tags',
  'ECS:Exec-Enabled',
  'ECS:Exec-Ready',
];

describe('toNode', () => {
  it('maps a Fargate service container to a node with every attribute of the issue', () => {
    const node = nodeOf(TASK.checkout, 'app');
    const arn = 'arn:aws:ecs:eu-west-1:123456789012';
    expect(node.nodename).toBe('app-5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b');
    expect(node.tags).toEqual(['app', 'checkout-api', 'checkout-service', 'ecs', 'fargate', 'prod-web']);
    expect(node.attributes).toEqual({
      hostname: '10.20.1.37',
      description: 'app in task 0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b of service checkout-service, cluster prod-web',
      osFamily: 'unix',
      osName: 'Linux',
      'ECS:Region': 'eu-west-1',
      'ECS:Account-ID': '123456789012',
      'ECS:Cluster-ARN': `${arn}:cluster/prod-web`,
      'ECS:Cluster-Name': 'prod-web',
      'ECS:Service-Name': 'checkout-service',
      'ECS:Task-ARN': `${arn}:task/prod-web/0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b`,
      'ECS:Task-ID': '0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b',
      'ECS:Task-Definition-ARN': `${arn}:task-definition/checkout-api:42`,
      'ECS:Task-Definition-Family': 'checkout-api',
      'ECS:Task-Definition-Revision': '42',
      'ECS:Task-Group': 'service:checkout-service',
      'ECS:Task-Started-By': 'ecs-svc/4718235904563218904',
      'ECS:Task-Launch-Type': 'FARGATE',
      'ECS:Task-Platform-Version': '1.4.0',
      'ECS:Task-Last-Status': 'RUNNING',
      'ECS:Task-Health-Status': 'HEALTHY',
      'ECS:Availability-Zone': 'eu-west-1a',
      'ECS:Private-IP': '10.20.1.37',
      'ECS:Private-DNS': 'ip-10-20-1-37.eu-west-1.compute.internal',
      'ECS:CPU': '512',
      'ECS:Memory': '1024',
      'ECS:Memory-Reservation': '768',
      'ECS:Container-ARN': `${arn}:container/prod-web/0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b/5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b`,
      'ECS:Container-ID': '5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      'ECS:Container-Name': 'app',
      'ECS:Container-Image': '123456789012.dkr.ecr.eu-west-1.amazonaws.com/checkout-api:2.14.1',
      'ECS:Container-Image-Digest': 'sha256:3f1c9a7e5b2d4c6a8e0f1b3d5c7a9e2f4b6d8c0a1e3f5b7d9c2a4e6f8b0d1c3e',
      'ECS:Runtime-ID': '0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b-768733706',
      'ECS:Container-Last-Status': 'RUNNING',
      'ECS:Container-Health-Status': 'HEALTHY',
      'ECS:Container-Tags': '["canary=","env=prod","team=payments"]',
      'ECS:Tag:canary': '',
      'ECS:Tag:env': 'prod',
      'ECS:Tag:team': 'payments',
      'ECS:Exec-Enabled': 'true',
      'ECS:Exec-Ready': 'true',
    });
    expect(Object.keys(node.attributes)).toEqual(expect.arrayContaining(ISSUE_ATTRIBUTES));
  });

  it('spells every attribute name of the issue in the ATTR module', () => {
    expect(Object.values(ATTR)).toEqual(expect.arrayContaining(ISSUE_ATTRIBUTES));
    expect(TAG_ATTRIBUTE_PREFIX).toBe('ECS:Tag:');
  });

  // [case, task id, container, expected attributes (undefined: left out)]
  it.each<[string, string, string, Record<string, string | undefined>]>([
    [
      'a sidecar without a reservation: the task memory; exec agent not running: not ready',
      TASK.checkout,
      'envoy',
      { 'ECS:Memory-Reservation': '1024', 'ECS:Exec-Enabled': 'true', 'ECS:Exec-Ready': 'false', 'ECS:Container-Image-Digest': undefined },
    ],
    [
      'exec disabled: not ready even with a running agent',
      TASK.cart,
      'app',
      { 'ECS:Exec-Enabled': 'false', 'ECS:Exec-Ready': 'false', 'ECS:Memory-Reservation': '384', 'ECS:Task-Health-Status': undefined },
    ],
    [
      'a container without managed agents is not exec-ready',
      TASK.cart,
      'datadog-agent',
      { 'ECS:Exec-Ready': 'false', 'ECS:Runtime-ID': undefined, 'ECS:Container-Health-Status': undefined },
    ],
    [
      'EC2 bridge networking: hostname falls back to the task id, no IP or DNS attributes',
      TASK.reportWorkerEc2,
      'worker',
      {
        hostname: '4abc7d0e3f5b8c6d2e9f0a1b2c3d4e5f',
        'ECS:Private-IP': undefined,
        'ECS:Private-DNS': undefined,
        'ECS:Task-Launch-Type': 'EC2',
        'ECS:Task-Platform-Version': undefined,
        osFamily: 'unix',
        osName: undefined,
        'ECS:Memory-Reservation': '2048',
      },
    ],
    [
      'Windows: osFamily windows, osName the platform family; no service, group kept',
      TASK.nightlyWindows,
      'export',
      {
        osFamily: 'windows',
        osName: 'WINDOWS_SERVER_2019_CORE',
        hostname: '10.20.4.21',
        'ECS:Private-IP': '10.20.4.21',
        'ECS:Private-DNS': undefined,
        'ECS:Service-Name': undefined,
        'ECS:Task-Group': 'family:nightly-export',
        'ECS:Task-Started-By': 'events-rule/nightly',
        'ECS:Container-Tags': '[]',
        'ECS:Exec-Enabled': 'false',
        description: 'export in task 5bcd8e1f4a6c9d7e3f0a1b2c3d4e5f60 of cluster batch-ec2',
      },
    ],
  ])('%s', (_case, taskId, containerName, expected) => {
    const { attributes } = nodeOf(taskId, containerName);
    for (const [name, value] of Object.entries(expected)) {
      if (value === undefined) expect(attributes).not.toHaveProperty([name]);
      else expect(attributes).toHaveProperty([name], value);
    }
  });

  it.each<[string, Partial<EcsTask>, string]>([
    ['the ENI detail', {}, '10.0.0.5'],
    ['a container network interface when the ENI has none', { attachments: [] }, '10.0.0.6'],
    ['the task id when neither exists', { attachments: [], containers: [{ name: 'app', lastStatus: 'RUNNING' }] }, 'abc123'],
  ])('hostname: %s', (_case, overrides, hostname) => {
    const task: EcsTask = {
      ...makeTask({ id: 'abc123' }),
      attachments: [{ type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: '10.0.0.5' }] }],
      containers: [{ name: 'app', lastStatus: 'RUNNING', networkInterfaces: [{ privateIpv4Address: '10.0.0.6' }] }],
      ...overrides,
    };
    const container = task.containers?.[0] ?? {};
    expect(toNode({ task, container }).attributes.hostname).toBe(hostname);
  });

  it.each([
    ['WINDOWS_SERVER_2022_FULL', 'windows'],
    ['WINDOWS_SERVER_2019_CORE', 'windows'],
    ['Linux', 'unix'],
    [undefined, 'unix'],
  ])('osFamily for platform family %s is %s', (platformFamily, osFamily) => {
    const task: EcsTask = { ...makeTask({ id: 'x' }), ...(platformFamily !== undefined && { platformFamily }) };
    expect(toNode({ task, container: containerOf(task, 'app') }).attributes.osFamily).toBe(osFamily);
  });

  it.each<[string, boolean | undefined, EcsContainer['managedAgents'], string]>([
    ['enabled, agent RUNNING', true, [{ name: 'ExecuteCommandAgent', lastStatus: 'RUNNING' }], 'true'],
    ['enabled, agent PENDING', true, [{ name: 'ExecuteCommandAgent', lastStatus: 'PENDING' }], 'false'],
    ['enabled, another agent RUNNING', true, [{ name: 'OtherAgent', lastStatus: 'RUNNING' }], 'false'],
    ['enabled, no agents', true, undefined, 'false'],
    ['disabled, agent RUNNING', false, [{ name: 'ExecuteCommandAgent', lastStatus: 'RUNNING' }], 'false'],
    ['not said, agent RUNNING', undefined, [{ name: 'ExecuteCommandAgent', lastStatus: 'RUNNING' }], 'false'],
  ])('Exec-Ready: %s → %s', (_case, enableExecuteCommand, managedAgents, ready) => {
    const task: EcsTask = { ...makeTask({ id: 'x' }), ...(enableExecuteCommand !== undefined && { enableExecuteCommand }) };
    const container: EcsContainer = { ...containerOf(task, 'app'), ...(managedAgents && { managedAgents }) };
    const { attributes } = toNode({ task, container });
    expect(attributes[ATTR.execReady]).toBe(ready);
    expect(attributes[ATTR.execEnabled]).toBe(String(enableExecuteCommand === true));
  });

  it('keeps ECS:Tag:<KEY> for a tag with an empty or missing value, and lists it in ECS:Container-Tags', () => {
    const task: EcsTask = { ...makeTask({ id: 'x' }), tags: [{ key: 'b', value: '' }, { key: 'a' }, { key: 'c', value: 'v' }] };
    const { attributes } = toNode({ task, container: containerOf(task, 'app') });
    expect(attributes['ECS:Tag:a']).toBe('');
    expect(attributes['ECS:Tag:b']).toBe('');
    expect(attributes['ECS:Tag:c']).toBe('v');
    expect(JSON.parse(attributes[ATTR.containerTags] ?? '')).toEqual(['a=', 'b=', 'c=v']);
  });

  it('writes ECS:Container-Tags as a JSON array of "KEY=VALUE" strings sorted by key, values kept whole', () => {
    const task: EcsTask = { ...makeTask({ id: 'x' }), tags: [{ key: 'z', value: 'a=b, c' }, { key: 'm', value: '"q"' }] };
    const { attributes } = toNode({ task, container: containerOf(task, 'app') });
    expect(JSON.parse(attributes[ATTR.containerTags] ?? '')).toEqual(['m="q"', 'z=a=b, c']);
  });

  it('leaves out attributes without a value instead of writing empty or null ones', () => {
    const task: EcsTask = {
      taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/c/t',
      lastStatus: 'RUNNING',
      healthStatus: '',
      cpu: '',
      startedBy: '\u0001',
      containers: [{ name: 'app', lastStatus: 'RUNNING', image: '' }],
    };
    const { attributes } = toNode({ task, container: containerOf(task, 'app') });
    for (const [name, value] of Object.entries(attributes)) {
      if (!name.startsWith(TAG_ATTRIBUTE_PREFIX)) expect(value).not.toBe('');
      expect(value).not.toBe('null');
      expect(value).not.toBe('undefined');
    }
    for (const name of [ATTR.taskHealthStatus, ATTR.cpu, ATTR.taskStartedBy, ATTR.containerImage, ATTR.memory, ATTR.memoryReservation]) {
      expect(attributes).not.toHaveProperty([name]);
    }
  });

  it('removes the control characters XML 1.0 cannot carry, keeps tab, newline, CR and unicode', () => {
    const task: EcsTask = {
      ...makeTask({ id: 'x' }),
      startedBy: 'a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF',
      tags: [
        { key: 'note', value: 'line1\nline2\tx\ry\u0001' },
        { key: 'k\u0002ey', value: 'Zürich 😀 \uD800' },
      ],
    };
    const container: EcsContainer = { ...containerOf(task, 'app'), name: 'ap\u0008p', image: 'img\u000B\u000C' };
    const node = toNode({ task, container });
    expect(node.attributes[ATTR.taskStartedBy]).toBe('abcde');
    expect(node.attributes['ECS:Tag:note']).toBe('line1\nline2\tx\ry');
    expect(node.attributes['ECS:Tag:key']).toBe('Zürich 😀 ');
    expect(JSON.parse(node.attributes[ATTR.containerTags] ?? '')).toEqual(['key=Zürich 😀 ', 'note=line1\nline2\tx\ry']);
    expect(node.attributes[ATTR.containerName]).toBe('app');
    expect(node.attributes[ATTR.containerImage]).toBe('img');
    expect(node.nodename).toBe('app-x-app');
    expect(node.tags).toContain('app');
    const everything = [node.nodename, ...node.tags, ...Object.keys(node.attributes), ...Object.values(node.attributes)].join('');
    // eslint-disable-next-line no-control-regex
    expect(everything).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('names the node <container name>-<container id>', () => {
    const task = makeTask({ id: 'feed', containers: ['web'] });
    expect(toNode({ task, container: containerOf(task, 'web') }).nodename).toBe('web-feed-web');
  });

  it.each<[string, EcsContainer, string]>([
    ['container id', { name: 'web', containerArn: 'arn:aws:ecs:eu-west-1:1:container/c/t1/abc-123', lastStatus: 'RUNNING' }, 'web-abc-123'],
    ['task id when the container has no ARN', { name: 'web', lastStatus: 'RUNNING' }, 'web-t1'],
  ])('names the node after the container name and the %s', (_case, container, nodename) => {
    const task: EcsTask = { taskArn: 'arn:aws:ecs:eu-west-1:1:task/c/t1', lastStatus: 'RUNNING', containers: [container] };
    expect(toNode({ task, container }).nodename).toBe(nodename);
  });

  it('takes the region from the task ARN, else from the listing region', () => {
    expect(nodeOf(TASK.checkout, 'app', 'us-east-1').attributes[ATTR.region]).toBe('eu-west-1');
    const task: EcsTask = { taskArn: 'not-an-arn', lastStatus: 'RUNNING', containers: [{ name: 'a', lastStatus: 'RUNNING' }] };
    expect(toNode({ task, container: containerOf(task, 'a'), region: 'us-east-1' }).attributes[ATTR.region]).toBe('us-east-1');
    expect(toNode({ task, container: containerOf(task, 'a') }).attributes).not.toHaveProperty([ATTR.region]);
  });

  it('reads the cluster name from a new-style task ARN when the cluster ARN is missing', () => {
    const task: EcsTask = {
      taskArn: 'arn:aws:ecs:eu-west-1:123456789012:task/prod-web/abc',
      lastStatus: 'RUNNING',
      containers: [{ name: 'a', lastStatus: 'RUNNING' }],
    };
    expect(toNode({ task, container: containerOf(task, 'a') }).attributes[ATTR.clusterName]).toBe('prod-web');
  });

  it('tags: ecs, launch type in lower case, cluster, service, family, container; sorted and unique', () => {
    expect(nodeOf(TASK.reportWorkerEc2, 'worker').tags).toEqual(['batch-ec2', 'ec2', 'ecs', 'report-worker', 'worker']);
    expect(nodeOf(TASK.nightlyWindows, 'export').tags).toEqual(['batch-ec2', 'ecs', 'export', 'fargate', 'nightly-export']);
  });

  it('is pure: the same input gives an equal node, and the input is not changed', () => {
    const task = fixtureTask(TASK.checkout);
    const before = JSON.stringify(task);
    expect(toNode({ task, container: containerOf(task, 'app') })).toEqual(toNode({ task, container: containerOf(task, 'app') }));
    expect(JSON.stringify(task)).toBe(before);
  });
});

describe('normaliseTags', () => {
  it.each<[(string | undefined)[], string[]]>([
    [['b', 'a', 'b'], ['a', 'b']],
    [['', undefined, '  ', 'x'], ['x']],
    [['a,b', ' c , d '], ['a b', 'c d']],
    [[',', ' , '], []],
    [['x\u0001y', 'tab\there'], ['tab here', 'xy']],
    [['B', 'a', '_', '1'], ['1', 'B', '_', 'a']],
  ])('%j → %j', (input, expected) => {
    expect(normaliseTags(input)).toEqual(expected);
  });
});
