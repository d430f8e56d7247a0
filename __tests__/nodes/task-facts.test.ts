// Facts read from DescribeTasks fields: IP, DNS, ids, cluster, service, task definition, Exec readiness.

import type { EcsTask } from '../../src/ecs-types';
import {
  arnLocationOf,
  clusterNameOf,
  isExecReady,
  privateDnsOf,
  privateIpOf,
  serviceNameOf,
  taskDefinitionOf,
  taskIdOf,
} from '../../src/nodes/task-facts';
import { containerOf, fixtureTask, TASK } from '../fixtures/fixtures';

describe('task facts', () => {
  it('reads a Fargate task', () => {
    const task = fixtureTask(TASK.checkout);
    expect(privateIpOf(task)).toBe('10.20.1.37');
    expect(privateDnsOf(task)).toBe('ip-10-20-1-37.eu-west-1.compute.internal');
    expect(taskIdOf(task)).toBe(TASK.checkout);
    expect(clusterNameOf(task)).toBe('prod-web');
    expect(serviceNameOf(task)).toBe('checkout-service');
    expect(taskDefinitionOf(task)).toEqual({ family: 'checkout-api', revision: '42' });
    expect(arnLocationOf(task)).toEqual({ region: 'eu-west-1', accountId: '123456789012' });
    expect(isExecReady(task, containerOf(task, 'app'))).toBe(true);
    expect(isExecReady(task, containerOf(task, 'envoy'))).toBe(false);
  });

  it('reads an EC2 bridge task: no IP, no DNS, no service from a family group', () => {
    const task = fixtureTask(TASK.reportWorkerEc2);
    expect(privateIpOf(task)).toBeUndefined();
    expect(privateDnsOf(task)).toBeUndefined();
    expect(serviceNameOf(fixtureTask(TASK.nightlyWindows))).toBeUndefined();
  });

  it.each<[string, EcsTask, string | undefined]>([
    ['ENI detail first', { attachments: [{ type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: '10.0.0.1' }] }], containers: [{ networkInterfaces: [{ privateIpv4Address: '10.0.0.2' }] }] }, '10.0.0.1'],
    ['other attachment types ignored', { attachments: [{ type: 'Other', details: [{ name: 'privateIPv4Address', value: '10.0.0.1' }] }] }, undefined],
    ['empty ENI value skipped', { attachments: [{ type: 'ElasticNetworkInterface', details: [{ name: 'privateIPv4Address', value: '' }] }], containers: [{ networkInterfaces: [{ privateIpv4Address: '10.0.0.2' }] }] }, '10.0.0.2'],
    ['container interface', { containers: [{}, { networkInterfaces: [{}, { privateIpv4Address: '10.0.0.3' }] }] }, '10.0.0.3'],
    ['nothing', {}, undefined],
  ])('privateIpOf: %s', (_case, task, ip) => {
    expect(privateIpOf(task)).toBe(ip);
  });

  it.each<[EcsTask, string | undefined]>([
    [{ clusterArn: 'arn:aws:ecs:eu-west-1:1:cluster/a' }, 'a'],
    [{ taskArn: 'arn:aws:ecs:eu-west-1:1:task/b/123' }, 'b'],
    [{ taskArn: 'arn:aws:ecs:eu-west-1:1:task/123' }, undefined],
    [{}, undefined],
  ])('clusterNameOf(%j) → %j', (task, name) => {
    expect(clusterNameOf(task)).toBe(name);
  });
});
