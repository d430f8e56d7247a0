// The built CLI with --service push-down, --concurrency and --max-rps against the local fake ECS endpoint:
// the nodes client-side filtering gives, per-service listings, no error for a missing service, and a rate
// the endpoint's bucket never has to refuse.

import { toNode } from '../../src/nodes/to-node';
import { DEFAULT_FILTER } from '../../src/options';
import { selectContainers } from '../../src/select/select-containers';
import { generateEstate, runningDesiredTasks } from '../support/fake-ecs-estate';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { runCli } from '../support/run-built-cli';

const REGION = 'eu-central-1';
const estate = generateEstate(REGION, { clusters: 3, tasksPerCluster: 150, servicesPerCluster: 3 });
let fake: FakeEcs;

beforeAll(async () => {
  fake = await startFakeEcs({ regions: { [REGION]: estate } });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.resetStats());

describe('ecs-nodes --service … --concurrency … --max-rps …', () => {
  it('lists per service, skips the missing one, and writes the nodes client-side filtering gives', async () => {
    const filter = { ...DEFAULT_FILTER, services: ['web', 'checkout'] };
    const expected = selectContainers(runningDesiredTasks(estate), filter, REGION).map((ref) => toNode(ref).nodename).sort();
    const { code, stdout, stderr } = await runCli([
      '--endpoint-url', fake.url, '--region', REGION, '--service', 'web,checkout', '--concurrency', '2', '--max-rps', '200', '-f', 'json', '-v',
    ]);
    expect(stderr).not.toMatch(/error|warning/);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(stdout) as object).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(20);
    const listings = fake.requests().filter((r) => r.operation === 'ListTasks' && r.input.nextToken === undefined);
    expect(listings.map((r) => r.input.serviceName).sort()).toEqual(['checkout', 'checkout', 'checkout', 'web', 'web', 'web']);
    expect(fake.stats().calls.ListClusters).toBe(1);
  });

  it('stays within an endpoint bucket sized like the client one: no call refused', async () => {
    // 3 × (2 + 2) = 12 calls; --max-rps 2 allows 10 at once, then 2 per second: never more than the endpoint's
    // bucket (10 at once, then 10 per second) holds, so even a single attempt per call succeeds.
    fake.setFaults({ tokenBucket: { burst: 10, ratePerSecond: 10 } });
    try {
      const { code } = await runCli(['--endpoint-url', fake.url, '--region', REGION, '--max-rps', '2', '--max-attempts', '1', '-c', estate.clusters.map((c) => c.name).join(',')], {
        timeoutMs: 30_000,
      });
      expect(code).toBe(0);
      expect(fake.stats().throttled).toBe(0);
      expect(fake.stats().calls).toEqual({ ListTasks: 6, DescribeTasks: 6 });
    } finally {
      fake.setFaults({});
    }
  }, 40_000);
});
