// End to end: the built CLI's `check` subcommand against a local ECS + STS endpoint.

import { startCheckServer, type CheckServer } from '../support/check-server';
import { cleanEnv, runCli } from '../support/run-built-cli';

const ACCOUNT = '123456789012';
const task = (id: string, service: string, exec: boolean) => ({
  taskArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:task/prod/${id}`,
  clusterArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:cluster/prod`,
  taskDefinitionArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/${service}:1`,
  group: `service:${service}`,
  launchType: 'FARGATE',
  platformVersion: '1.4.0',
  lastStatus: 'RUNNING',
  enableExecuteCommand: exec,
  containers: [{ name: 'app', lastStatus: 'RUNNING', managedAgents: exec ? [{ name: 'ExecuteCommandAgent', lastStatus: 'RUNNING' }] : [] }],
});

let server: CheckServer;
const args = () => ['check', '--region', 'eu-west-1', '--endpoint-url', server.url, '--sts-endpoint-url', server.url, '--max-attempts', '1'];

beforeAll(async () => {
  server = await startCheckServer({ clusters: { prod: [task('t1', 'web', true), task('t2', 'cart', false)], idle: [] }, denied: new Set(), account: ACCOUNT });
});
afterAll(() => server.close());
beforeEach(() => {
  server.state.denied.clear();
  server.calls.length = 0;
});

describe('ecs-nodes check', () => {
  it('prints identity, permissions, exec readiness and a fix, and exits 0 when listing works', async () => {
    const result = await runCli(args());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Identity  arn:aws:iam::${ACCOUNT}:user/rundeck (account ${ACCOUNT})`);
    expect(result.stdout).toMatch(/prod\s+eu-west-1\s+allowed\s+allowed\s+2/);
    expect(result.stdout).toMatch(/idle\s+eu-west-1\s+allowed\s+skipped\s+0/);
    expect(result.stdout).toContain('fix: aws ecs update-service --region eu-west-1 --cluster prod --service cart --enable-execute-command --force-new-deployment');
    expect(result.stdout).toContain('Listing works');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('writes JSON for scripts with --format json', async () => {
    const result = await runCli([...args(), '--format', 'json', '--clusters', 'prod']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { listingOk: boolean; identity: { identity: { account: string } }; regions: { clusters: { services: { service: string; problems: unknown[] }[] }[] }[] };
    expect(report.listingOk).toBe(true);
    expect(report.identity.identity.account).toBe(ACCOUNT);
    expect(report.regions[0]?.clusters[0]?.services.map((s) => [s.service, s.problems.length])).toEqual([['cart', 1], ['web', 0]]);
    expect(server.calls).not.toContain('ListClusters');
  });

  it('exits 3 when DescribeTasks is denied, naming the call, cluster and region', async () => {
    server.state.denied.add('DescribeTasks');
    const result = await runCli([...args(), '--clusters', 'prod']);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/prod\s+eu-west-1\s+allowed\s+denied/);
    expect(result.stdout).toContain('access denied: ecs:DescribeTasks on cluster prod, region eu-west-1');
    expect(result.stdout).toContain('Listing would fail');
  });

  it('still exits 0 when only GetCallerIdentity is denied', async () => {
    server.state.denied.add('GetCallerIdentity');
    const result = await runCli([...args(), '--clusters', 'prod']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Identity {2}denied: access denied: sts:GetCallerIdentity/);
  });

  it('colours the report when FORCE_COLOR is set, unless --no-color', async () => {
    const coloured = await runCli([...args(), '--clusters', 'prod'], { env: cleanEnv({ FORCE_COLOR: '1' }) });
    expect(coloured.stdout).toContain('\u001b[32mallowed');
    const plain = await runCli([...args(), '--clusters', 'prod', '--no-color'], { env: cleanEnv({ FORCE_COLOR: '1' }) });
    expect(plain.stdout).not.toContain('\u001b[');
    const [, ...rest] = args();
    const plainBefore = await runCli(['--no-color', 'check', ...rest, '--clusters', 'prod'], { env: cleanEnv({ FORCE_COLOR: '1' }) });
    expect(plainBefore.code).toBe(0);
    expect(plainBefore.stdout).not.toContain('\u001b[');
  });

  it('bounds each request by a quarter of --timeout: a hanging STS or ECS endpoint is reported, not waited on', async () => {
    server.state.delayMs = 4000;
    try {
      // Each request may take 2 s; the endpoint answers after 4 s.
      const result = await runCli([...args(), '--clusters', 'prod', '--timeout', '8']);
      expect(result.code).toBe(3);
      expect(result.stdout).toMatch(/Identity {2}failed: timed out: sts:GetCallerIdentity on region eu-west-1/);
      expect(result.stdout).toContain('timed out: ecs:ListTasks on cluster prod, region eu-west-1');
    } finally {
      server.state.delayMs = 0;
    }
  });

  it('fails with one line and exit 3 when the whole check passes --timeout', async () => {
    server.state.delayMs = 4000;
    try {
      const result = await runCli([...args().filter((a) => a !== '1' && a !== '--max-attempts'), '--clusters', 'prod', '--timeout', '1']);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe('error: timed out: the check did not finish within --timeout 1 s\n');
      expect(result.stdout).toBe('');
    } finally {
      server.state.delayMs = 0;
    }
  });

  it('rejects an unknown format as a usage error', async () => {
    const result = await runCli(['check', '--format', 'yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: option');
  });
});
