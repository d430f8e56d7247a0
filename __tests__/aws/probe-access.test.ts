// Permission probes: smallest calls, failures answered as data.

import { ECSClient, ListTasksCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { accessResultOf, probeDescribeTasks, probeListTasks } from '../../src/aws/probe-access';
import { createRunStats } from '../../src/aws/stats';

const ecs = mockClient(ECSClient);
const context = { operation: 'ListTasks', region: 'eu-west-1', cluster: 'prod' };
const named = (name: string, message = 'boom') => Object.assign(new Error(message), { name });

describe('accessResultOf', () => {
  it.each([
    ['AccessDeniedException', 'denied'],
    ['AccessDenied', 'denied'],
    ['UnrecognizedClientException', 'denied'],
    ['ClusterNotFoundException', 'failed'],
    ['ThrottlingException', 'failed'],
    ['TimeoutError', 'failed'],
  ])('%s → %s, with a one-line detail naming the call', (name, state) => {
    const result = accessResultOf(named(name), context);
    expect(result.state).toBe(state);
    expect(result.detail).toContain('ecs:ListTasks');
  });
});

describe('probes', () => {
  const ctx = () => ({ client: new ECSClient({ region: 'eu-west-1' }), region: 'eu-west-1', stats: createRunStats() });
  beforeEach(() => ecs.reset());

  it('ListTasks asks for one running task and returns its ARN', async () => {
    ecs.on(ListTasksCommand).resolves({ taskArns: ['arn:t1'] });
    const c = ctx();
    await expect(probeListTasks(c, 'prod')).resolves.toEqual({ access: { state: 'allowed' }, taskArn: 'arn:t1' });
    expect(ecs).toHaveReceivedCommandWith(ListTasksCommand, { cluster: 'prod', maxResults: 1, desiredStatus: 'RUNNING' });
    expect(c.stats.calls).toEqual({ ListTasks: 1 });
  });

  it('DescribeTasks answers a failure as data, never throwing', async () => {
    ecs.rejects(named('AccessDeniedException', 'not authorized'));
    await expect(probeDescribeTasks(ctx(), 'prod', 'arn:t1')).resolves.toMatchObject({ state: 'denied' });
  });
});
