// toNode and the assume-role-arn attribute: present exactly when the container was listed under a role.

import { toNode } from '../../src/nodes/to-node';
import { ATTR } from '../../src/nodes/attributes';
import type { ContainerRef } from '../../src/nodes/container-ref';

const ROLE = 'arn:aws:iam::222222222222:role/rundeck-ecs';
const task = {
  taskArn: 'arn:aws:ecs:eu-west-1:222222222222:task/web/0123456789abcdef0123456789abcdef',
  lastStatus: 'RUNNING',
  containers: [],
};
const container = { name: 'app', containerArn: 'arn:aws:ecs:eu-west-1:222222222222:container/web/0123456789abcdef0123456789abcdef/c1', lastStatus: 'RUNNING' };

describe('toNode with a role', () => {
  it.each<[string, ContainerRef, string | undefined]>([
    ['listed under a role', { task, container, roleArn: ROLE }, ROLE],
    ['listed with the base credentials', { task, container }, undefined],
  ])('%s', (_name, ref, expected) => {
    const node = toNode(ref);
    expect(node.attributes[ATTR.assumeRoleArn]).toBe(expected);
    expect(ATTR.assumeRoleArn).toBe('assume-role-arn');
    // The account always comes from the task ARN, role or not.
    expect(node.attributes[ATTR.accountId]).toBe('222222222222');
  });
});
