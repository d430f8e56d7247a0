// Names read out of ECS ARNs: last segment, ARN parts, task definition family/revision, service of a group.

import { lastSegment, parseArn, serviceOfGroup, taskDefinitionParts } from '../../src/util/arn';

describe('lastSegment', () => {
  it.each([
    ['arn:aws:ecs:eu-west-1:123456789012:cluster/prod-web', 'prod-web'],
    ['arn:aws:ecs:eu-west-1:123456789012:service/prod-web/checkout-service', 'checkout-service'],
    ['arn:aws:ecs:eu-west-1:123456789012:task/prod-web/0c7e3f6a', '0c7e3f6a'],
    ['arn:aws:ecs:eu-west-1:123456789012:task-definition/checkout-api:42', 'checkout-api:42'],
    ['prod-web', 'prod-web'],
    ['', ''],
    ['trailing/', ''],
  ])('%s → %s', (input, expected) => {
    expect(lastSegment(input)).toBe(expected);
  });
});

describe('parseArn', () => {
  it('splits an ECS ARN into its parts, keeping colons inside the resource', () => {
    expect(parseArn('arn:aws:ecs:eu-west-1:123456789012:task-definition/checkout-api:42')).toEqual({
      partition: 'aws',
      service: 'ecs',
      region: 'eu-west-1',
      accountId: '123456789012',
      resource: 'task-definition/checkout-api:42',
    });
  });

  it('reads other partitions', () => {
    expect(parseArn('arn:aws-cn:ecs:cn-north-1:123456789012:cluster/c')?.partition).toBe('aws-cn');
  });

  it.each(['prod-web', 'arn:aws:ecs', 'urn:aws:ecs:eu-west-1:1:cluster/x', ''])('%j is not an ARN', (input) => {
    expect(parseArn(input)).toBeUndefined();
  });
});

describe('taskDefinitionParts', () => {
  it.each([
    ['arn:aws:ecs:eu-west-1:123456789012:task-definition/checkout-api:42', { family: 'checkout-api', revision: '42' }],
    ['checkout-api:42', { family: 'checkout-api', revision: '42' }],
    ['checkout-api', { family: 'checkout-api' }],
    ['checkout-api:latest', { family: 'checkout-api:latest' }],
    ['arn:aws:ecs:eu-west-1:123456789012:task-definition/checkout-api', { family: 'checkout-api' }],
  ])('%s', (input, expected) => {
    expect(taskDefinitionParts(input)).toEqual(expected);
  });
});

describe('serviceOfGroup', () => {
  it.each([
    ['service:checkout-service', 'checkout-service'],
    ['family:nightly-export', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j → %j', (group, expected) => {
    expect(serviceOfGroup(group)).toBe(expected);
  });
});
