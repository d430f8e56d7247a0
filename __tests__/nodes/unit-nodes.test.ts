// Tests of the task and service node mappings.

import { toServiceNode, toTaskNode } from '../../src/nodes/unit-nodes';
import type { ContainerRef } from '../../src/nodes/container-ref';
import { toNode } from '../../src/nodes/to-node';
import { DEFAULT_FILTER } from '../../src/options';
import { selectContainers } from '../../src/select/select-containers';
import { loadExampleTasks } from '../helpers/estate';

function checkoutRefs(): [ContainerRef, ...ContainerRef[]] {
  const refs = selectContainers(loadExampleTasks(), DEFAULT_FILTER).filter((r) => r.task.taskArn?.endsWith('/0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b'));
  const [first, ...rest] = refs;
  if (!first) throw new Error('no checkout task in the example');
  return [first, ...rest];
}

describe('toTaskNode', () => {
  it('is the first container node plus ECS:Container-Names right after ECS:Container-Name', () => {
    const refs = checkoutRefs();
    const task = toTaskNode(refs);
    const container = toNode(refs[0]);
    expect(task.nodename).toBe('checkout-api-0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b');
    const { description, 'ECS:Container-Names': names, ...rest } = task.attributes;
    const { description: containerDescription, ...containerRest } = container.attributes;
    expect(rest).toEqual(containerRest);
    expect(names).toBe('app,envoy,log-router');
    expect(description).toBe('task 0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b (app,envoy,log-router) of service checkout-service, cluster prod-web');
    expect(containerDescription).toMatch(/^app in task/);
    const keys = Object.keys(task.attributes);
    expect(keys[keys.indexOf('ECS:Container-Name') + 1]).toBe('ECS:Container-Names');
  });

  it('has the container tags but the container name', () => {
    expect(toTaskNode(checkoutRefs()).tags).toEqual(['checkout-api', 'checkout-service', 'ecs', 'fargate', 'prod-web']);
  });
});

describe('toServiceNode', () => {
  it('is the task node named after the service, with ECS:Service-Task-Count after ECS:Service-Name', () => {
    const node = toServiceNode(checkoutRefs(), 2);
    expect(node.nodename).toBe('checkout-service');
    expect(node.attributes['ECS:Service-Task-Count']).toBe('2');
    const keys = Object.keys(node.attributes);
    expect(keys[keys.indexOf('ECS:Service-Name') + 1]).toBe('ECS:Service-Task-Count');
    expect(node.attributes.description).toBe(
      'service checkout-service of cluster prod-web: 2 task(s); this node is task 0c7e3f6a9b1d4e2f8a5c6b7d8e9f0a1b (app,envoy,log-router)',
    );
  });
});
