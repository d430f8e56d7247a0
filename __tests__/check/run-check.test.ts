// runCheck against mocked ECS and STS clients: probes, denials, failures.

import { AccessDeniedException, DescribeTasksCommand, type Task, ECSClient, ListClustersCommand, ListTasksCommand } from '@aws-sdk/client-ecs';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { isListingOk } from '../../src/check/check-report';
import { runCheck, type CheckOptions } from '../../src/check/run-check';
import { loadCheckAwsLayer } from '../../src/aws/load-check-aws';
import { AwsError } from '../../src/errors';
import { DEFAULT_CREDENTIALS } from '../../src/options';
import { formatCheckTable } from '../../src/check/format-check';
import { plainStyle } from '../../src/util/style';

const ecs = mockClient(ECSClient);
const sts = mockClient(STSClient);

const CLUSTER = (name: string) => `arn:aws:ecs:eu-west-1:123456789012:cluster/${name}`;
const TASK = (cluster: string, id: string) => `arn:aws:ecs:eu-west-1:123456789012:task/${cluster}/${id}`;
const options = (clusters: string[] = []): CheckOptions => ({ scope: { regions: ['eu-west-1'], clusters }, aws: { maxAttempts: 1 } });
const denied = (operation: string) =>
  new AccessDeniedException({ message: `User is not authorized to perform: ecs:${operation}`, $metadata: {} });

const webTask: Task = {
  taskArn: TASK('prod', 't1'),
  clusterArn: CLUSTER('prod'),
  group: 'service:web',
  launchType: 'FARGATE',
  platformVersion: '1.4.0',
  enableExecuteCommand: false,
  containers: [{ name: 'app', lastStatus: 'RUNNING' }],
};

describe('runCheck', () => {
  beforeEach(() => {
    ecs.reset();
    sts.reset();
    sts.on(GetCallerIdentityCommand).resolves({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/ops', UserId: 'AIDA1' });
  });

  it('probes each cluster with the smallest calls, then analyses exec readiness', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [CLUSTER('prod'), CLUSTER('empty')] });
    ecs.on(ListTasksCommand, { cluster: CLUSTER('prod') }).resolves({ taskArns: [TASK('prod', 't1')] });
    ecs.on(ListTasksCommand, { cluster: CLUSTER('empty') }).resolves({ taskArns: [] });
    ecs.on(DescribeTasksCommand).resolves({ tasks: [webTask] });
    const report = await runCheck(options());
    expect(ecs).toHaveReceivedCommandWith(ListTasksCommand, { cluster: CLUSTER('prod'), maxResults: 1, desiredStatus: 'RUNNING' });
    expect(ecs).toHaveReceivedCommandWith(DescribeTasksCommand, { cluster: CLUSTER('prod'), tasks: [TASK('prod', 't1')] });
    expect(report.identity).toEqual({ access: { state: 'allowed' }, identity: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/ops', userId: 'AIDA1' } });
    const [region] = report.regions;
    expect(region?.listClusters).toEqual({ state: 'allowed' });
    expect(region?.clusters.map((c) => [c.cluster, c.listTasks.state, c.describeTasks.state, c.runningTasks])).toEqual([
      ['prod', 'allowed', 'allowed', 1],
      ['empty', 'allowed', 'skipped', 0],
    ]);
    expect(region?.clusters[0]?.services[0]?.problems.map((p) => p.kind)).toEqual(['exec-disabled']);
    expect(isListingOk(report)).toBe(true);
  });

  it('reports a denied DescribeTasks with the call, cluster and region, and listing as not working', async () => {
    ecs.on(ListTasksCommand).resolves({ taskArns: [TASK('prod', 't1')] });
    ecs.on(DescribeTasksCommand).rejects(denied('DescribeTasks'));
    const report = await runCheck(options(['prod']));
    const cluster = report.regions[0]?.clusters[0];
    expect(report.regions[0]?.listClusters.state).toBe('skipped');
    expect(ecs).not.toHaveReceivedCommand(ListClustersCommand);
    expect(cluster?.describeTasks.state).toBe('denied');
    expect(cluster?.describeTasks.detail).toMatch(/^access denied: ecs:DescribeTasks on cluster prod, region eu-west-1/);
    expect(cluster?.runningTasks).toBeUndefined();
    expect(isListingOk(report)).toBe(false);
  });

  it('reports a denied ListTasks and skips DescribeTasks', async () => {
    ecs.on(ListTasksCommand).rejects(denied('ListTasks'));
    const report = await runCheck(options(['prod']));
    const cluster = report.regions[0]?.clusters[0];
    expect(cluster?.listTasks.state).toBe('denied');
    expect(cluster?.describeTasks).toEqual({ state: 'skipped', detail: 'ListTasks did not succeed' });
    expect(cluster?.runningTasks).toBeUndefined();
    expect(ecs).not.toHaveReceivedCommand(DescribeTasksCommand);
  });

  it('reports a denied ListClusters', async () => {
    ecs.on(ListClustersCommand).rejects(denied('ListClusters'));
    const report = await runCheck(options());
    expect(report.regions[0]?.listClusters.state).toBe('denied');
    expect(report.regions[0]?.listClusters.detail).toContain('ecs:ListClusters');
    expect(isListingOk(report)).toBe(false);
  });

  it('reports an STS failure in the identity without failing the listing', async () => {
    sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('not allowed'), { name: 'AccessDenied' }));
    ecs.on(ListTasksCommand).resolves({ taskArns: [] });
    const report = await runCheck(options(['prod']));
    expect(report.identity.access.state).toBe('denied');
    expect(report.identity.access.detail).toMatch(/^access denied: sts:GetCallerIdentity on region eu-west-1/);
    expect(isListingOk(report)).toBe(true);
  });

  it('reports a full listing that fails after the probes passed as a DescribeTasks failure', async () => {
    ecs.on(ListTasksCommand).resolves({ taskArns: [TASK('prod', 't1')] });
    ecs.on(DescribeTasksCommand).resolvesOnce({ tasks: [webTask] }).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const report = await runCheck(options(['prod']));
    const cluster = report.regions[0]?.clusters[0];
    expect(cluster?.describeTasks.state).toBe('failed');
    expect(cluster?.describeTasks.detail).toContain('throttled');
  });

  it('keeps the clear credentials message when no credentials are found (not the SDK provider error beneath it)', async () => {
    const clear = 'no credentials from the EC2 instance metadata service (--credential-provider instance): not on EC2?';
    const noCredentials = (): Promise<never> =>
      Promise.reject(new AwsError(clear, { cause: Object.assign(new Error('Error response received from instance metadata service'), { name: 'ProviderError' }) }));
    const aws = { ...loadCheckAwsLayer(), listClusterArns: noCredentials, getCallerIdentity: noCredentials };
    const report = await runCheck(options(), { aws });
    expect(report.identity.access).toEqual({ state: 'failed', detail: clear });
    expect(report.regions[0]?.listClusters).toEqual({ state: 'failed', detail: clear });
  });

  it('still reports a denial wrapped in our AwsError as denied', async () => {
    const aws = {
      ...loadCheckAwsLayer(),
      listClusterArns: (): Promise<never> => Promise.reject(new AwsError('access denied: ecs:ListClusters on region eu-west-1', { cause: denied('ListClusters') })),
    };
    const report = await runCheck(options(), { aws });
    expect(report.regions[0]?.listClusters).toEqual({ state: 'denied', detail: 'access denied: ecs:ListClusters on region eu-west-1' });
  });

  it('checks each region once per role and names the role in each result and error', async () => {
    const roleA = 'arn:aws:iam::111111111111:role/ecs-nodes';
    const roleB = 'arn:aws:iam::222222222222:role/ecs-nodes';
    ecs.on(ListTasksCommand).rejects(denied('ListTasks'));
    const report = await runCheck({ ...options(['prod']), aws: { maxAttempts: 1, credentials: { ...DEFAULT_CREDENTIALS, roleArns: [roleA, roleB] } } });
    expect(report.regions.map((r) => [r.region, r.roleArn])).toEqual([
      ['eu-west-1', roleA],
      ['eu-west-1', roleB],
    ]);
    expect(report.regions[1]?.clusters[0]?.listTasks.detail).toMatch(new RegExp(`^access denied: ecs:ListTasks on cluster prod, region eu-west-1, role ${roleB}`));
    expect(formatCheckTable(report, plainStyle)).toContain(`Region    eu-west-1 as role ${roleB}: 1 cluster(s)\n`);
  });

  it('checks a cluster given by name and by ARN once, as the inventory lists it once', async () => {
    ecs.on(ListTasksCommand).resolves({ taskArns: [] });
    const report = await runCheck(options(['prod', CLUSTER('prod')]));
    expect(report.regions[0]?.clusters.map((c) => c.cluster)).toEqual(['prod']);
    expect(ecs).toHaveReceivedCommandTimes(ListTasksCommand, 1);
  });
});
