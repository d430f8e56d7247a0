// The client-side rate limit: its defaults, its registry, its timing, and that it gates every attempt
// (retries included) a real SDK client sends.

import { ListClustersCommand } from '@aws-sdk/client-ecs';
import { createEcsClient } from '../../src/aws/ecs-client';
import { burstFor, createRateLimiter, DEFAULT_MAX_RPS, ECS_BUCKET, RateLimiters, type RateLimiter } from '../../src/aws/rate-limit';
import { generateNodes } from '../../src/generate-nodes';
import { startFakeEcs, type FakeEcs } from '../support/fake-ecs';
import { FAKE_ACCESS_KEY_ID, fakeCredentialsLayer, fakeRunOptions } from '../support/fake-aws-layer';

process.env.AWS_EC2_METADATA_DISABLED = 'true';

describe('defaults', () => {
  it('stays under ECS sustained rate and bursts like its bucket', () => {
    expect(DEFAULT_MAX_RPS).toBeLessThan(ECS_BUCKET.ratePerSecond);
    expect(burstFor(DEFAULT_MAX_RPS)).toBe(90);
  });
  it.each([
    [20, 100],
    [1, 5],
    [0.1, 1],
    [1000, 5000],
  ])('burst for %d/s is %d', (rate, burst) => {
    expect(burstFor(rate)).toBe(burst);
  });
});

describe('RateLimiters', () => {
  it('shares one limiter per credentials and region', () => {
    const limiters = new RateLimiters({ burst: 1, ratePerSecond: 1 });
    expect(limiters.forScope('profile:a', 'eu-west-1')).toBe(limiters.forScope('profile:a', 'eu-west-1'));
    expect(limiters.forScope('profile:a', 'eu-west-1')).not.toBe(limiters.forScope('profile:b', 'eu-west-1'));
    expect(limiters.forScope('profile:a', 'eu-west-1')).not.toBe(limiters.forScope('profile:a', 'us-east-1'));
  });
});

describe('createRateLimiter', () => {
  afterEach(() => jest.useRealTimers());

  it('releases the burst at once and the rest at the rate', async () => {
    jest.useFakeTimers({ now: 0 });
    const limiter = createRateLimiter({ burst: 2, ratePerSecond: 10 }, () => Date.now());
    const released: number[] = [];
    for (let i = 0; i < 5; i++) void limiter.acquire().then(() => released.push(i));
    await jest.advanceTimersByTimeAsync(0);
    expect(released).toEqual([0, 1]);
    await jest.advanceTimersByTimeAsync(100);
    expect(released).toEqual([0, 1, 2]);
    await jest.advanceTimersByTimeAsync(200);
    expect(released).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('against the fake endpoint', () => {
  let fake: FakeEcs | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('gates every attempt, retries included', async () => {
    fake = await startFakeEcs({ regions: { 'us-east-1': { clusters: 1, tasksPerCluster: 1 } }, faults: { throttleEvery: 2 } });
    let acquired = 0;
    const counting: RateLimiter = { acquire: async () => void (acquired += 1) };
    const client = createEcsClient({
      region: 'us-east-1',
      endpointUrl: fake.url,
      maxAttempts: 3,
      credentials: { accessKeyId: FAKE_ACCESS_KEY_ID, secretAccessKey: 'fake-secret' },
      rateLimiter: counting,
    });
    try {
      for (let i = 0; i < 3; i++) await client.send(new ListClustersCommand({}));
    } finally {
      client.destroy();
    }
    // Calls 2 and 4 are throttled and retried: 5 attempts reached the endpoint, each took a token.
    expect(fake.stats().calls.ListClusters).toBe(5);
    expect(fake.stats().throttled).toBe(2);
    expect(acquired).toBe(5);
  });

  it('keeps a run within an endpoint bucket that an unlimited run overflows', async () => {
    const regions = { 'us-east-1': { clusters: 2, tasksPerCluster: 300, stoppedFraction: 0 } };
    // 1 ListClusters + 2 × (3 ListTasks + 3 DescribeTasks) = 13 calls; the endpoint allows 10 at once, then 2.5/s.
    const bucket = { burst: 10, ratePerSecond: 2.5 };
    fake = await startFakeEcs({ regions, faults: { tokenBucket: bucket } });
    const base = fakeRunOptions(fake.url, 'us-east-1');

    const started = Date.now();
    const limited = await generateNodes({ ...base, aws: { ...base.aws, maxRequestsPerSecond: 2 } }, { aws: fakeCredentialsLayer() });
    const elapsed = Date.now() - started;
    expect(limited.stats.calls).toEqual({ ListClusters: 1, ListTasks: 6, DescribeTasks: 6 });
    expect(fake.stats().throttled).toBe(0);
    // 2/s bursts 10: the last 3 calls wait for tokens, 1.5 s in all.
    expect(elapsed).toBeGreaterThanOrEqual(1_450);

    fake.setFaults({ tokenBucket: bucket });
    fake.resetStats();
    const unlimited = await generateNodes({ ...base, aws: { ...base.aws, maxAttempts: 10 } }, { aws: fakeCredentialsLayer() });
    expect(unlimited.nodes).toHaveLength(limited.nodes.length);
    expect(fake.stats().throttled).toBeGreaterThan(0);
  });
});
