// E2E: throttling, 5xx, dropped connections, hanging endpoints and vanishing tasks, against the local endpoint.

import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import type { FakeEcsFaults } from '../support/fake-ecs-faults';
import { assertBuilt, cleanUp, runCli, stderrLines } from './cli-runner';

let fake: FakeEcs;
let cleanOutput: string;
// Small on purpose: the SDK backs off from ~0.5-1 s per throttled call, and this keeps the suite in seconds.
const ESTATE = { 'us-east-1': { seed: 21, clusters: 2, tasksPerCluster: 120 } };

function run(args: readonly string[] = [], killAfterMs?: number) {
  return runCli(['--endpoint-url', fake.url, '-r', 'us-east-1', ...args], killAfterMs === undefined ? {} : { killAfterMs });
}

beforeAll(async () => {
  assertBuilt();
  fake = await startFakeEcs({ regions: ESTATE });
  const clean = await run();
  expect(clean.code).toBe(0);
  cleanOutput = clean.stdout;
});

afterEach(() => {
  fake.setFaults({});
  fake.resetStats();
});

afterAll(async () => {
  cleanUp();
  await fake.close();
});

describe('transient faults are retried and change nothing', () => {
  it.each<[string, FakeEcsFaults, 'throttled' | 'serverErrors' | 'dropped']>([
    ['every 3rd call throttled', { throttleEvery: 3 }, 'throttled'],
    ['every 4th call answered with HTTP 500', { serverErrorEvery: 4 }, 'serverErrors'],
    ['every 4th connection dropped', { dropEvery: 4 }, 'dropped'],
  ])('%s: byte-identical output to a clean run', async (_name, faults, counter) => {
    fake.setFaults(faults);
    const result = await run();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fake.stats()[counter]).toBeGreaterThanOrEqual(2);
    expect(result.stdout.length).toBeGreaterThan(100_000);
    expect(result.stdout === cleanOutput).toBe(true);
  });

  it('fails with exit 3 and one clear line when throttling outlasts --max-attempts', async () => {
    fake.setFaults({ throttleEvery: 1 });
    const result = await run(['--max-attempts', '2']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^error: throttled by ECS past the retry limit: ecs:ListClusters on region us-east-1/)]);
    expect(fake.stats().calls.ListClusters).toBe(2);
  });
});

describe('--timeout', () => {
  it('ends a run against a hanging endpoint with exit 3 and a message, never a hang', async () => {
    fake.setFaults({ hangEvery: 1 });
    const result = await run(['--timeout', '2'], 20_000);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^error: timed out: .*--timeout 2 s/)]);
    // The 2 s deadline plus the exit grace period and start-up, with room for a loaded machine.
    expect(result.milliseconds).toBeLessThan(8_000);
  });

  it('times out each request, retries it, and succeeds when the endpoint answers the retry', async () => {
    // Every 3rd DescribeTasks call hangs; its 1 s request timeout ends it and the retry gets an answer.
    fake.setFaults({ hangEvery: 3, operations: ['DescribeTasks'] });
    const result = await run(['--timeout', '4'], 20_000);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fake.stats().hung).toBeGreaterThanOrEqual(1);
    expect(result.stdout === cleanOutput).toBe(true);
  });

  it('names the call, cluster and region when a single attempt times out', async () => {
    fake.setFaults({ hangEvery: 1, operations: ['ListTasks'] });
    // --timeout 6: each request may take 1.5 s, well before the run's deadline.
    const result = await run(['--timeout', '6', '--max-attempts', '1', '-c', 'prod-web-01'], 20_000);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    // The request's own timeout ended the run, not the deadline (whose message differs).
    expect(stderrLines(result)).toEqual([expect.stringMatching(/^error: timed out: ecs:ListTasks on cluster prod-web-01, region us-east-1: /)]);
  });
});

describe('tasks that vanish between list and describe', () => {
  it('become one warning each, never a crash, and the other tasks are listed', async () => {
    fake.setFaults({ vanishEvery: 40 });
    const result = await run(['-f', 'json']);
    expect(result.code).toBe(0);
    const warnings = stderrLines(result);
    const vanished = fake
      .estate('us-east-1')
      .clusters.flatMap((c) => c.tasks.filter((t, i) => t.desiredStatus === 'RUNNING' && (i + 1) % 40 === 0));
    expect(vanished.length).toBeGreaterThanOrEqual(4);
    expect(warnings).toHaveLength(vanished.length);
    for (const line of warnings) expect(line).toMatch(/^warning: DescribeTasks could not describe arn:aws:ecs:us-east-1:\S+ \(cluster \S+, region us-east-1\): MISSING/);
    expect(Object.keys(JSON.parse(result.stdout) as object).length).toBeGreaterThan(300);
  });
});
