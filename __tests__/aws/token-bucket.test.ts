import { TokenBucket } from '../../src/aws/token-bucket';

/** A clock the test moves by hand. */
function manualClock(start = 1_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe('TokenBucket', () => {
  it('lets the burst through at once, then spaces requests at the rate', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 3, ratePerSecond: 10 }, clock.now);
    const waits = Array.from({ length: 6 }, () => bucket.reserve());
    expect(waits.map((w) => Math.round(w))).toEqual([0, 0, 0, 100, 200, 300]);
  });

  it('refills with time, never above the burst', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 2, ratePerSecond: 4 }, clock.now);
    bucket.reserve();
    bucket.reserve();
    clock.advance(10_000);
    expect([bucket.reserve(), bucket.reserve(), Math.round(bucket.reserve())]).toEqual([0, 0, 250]);
  });

  it('serves queued reservations first come, first served as tokens arrive', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 1, ratePerSecond: 2 }, clock.now);
    expect(bucket.reserve()).toBe(0);
    expect(Math.round(bucket.reserve())).toBe(500);
    clock.advance(500);
    // The token that arrived went to the reservation already waiting: the next one waits a full interval.
    expect(Math.round(bucket.reserve())).toBe(500);
  });

  it('keeps any window of time within burst + rate × window', () => {
    const clock = manualClock();
    const spec = { burst: 90, ratePerSecond: 18 };
    const bucket = new TokenBucket(spec, clock.now);
    const sendTimes: number[] = [];
    for (let i = 0; i < 1_000; i++) {
      sendTimes.push(clock.now() + bucket.reserve());
      if (i % 7 === 0) clock.advance(13);
    }
    sendTimes.sort((a, b) => a - b);
    const last = sendTimes[sendTimes.length - 1] ?? 0;
    const first = sendTimes[0] ?? 0;
    expect(sendTimes.length).toBeLessThanOrEqual(spec.burst + (spec.ratePerSecond * (last - first)) / 1000 + 1);
    // And it is not slower than it must be: the last request goes out when the bound allows it.
    expect(last - first).toBeLessThanOrEqual(((1_000 - spec.burst) / spec.ratePerSecond) * 1000 + 1);
  });

  it('ignores a clock that goes backwards', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 1, ratePerSecond: 1 }, clock.now);
    bucket.reserve();
    clock.advance(-5_000);
    expect(Math.round(bucket.reserve())).toBe(1000);
  });

  it.each([
    [{ burst: 0, ratePerSecond: 1 }],
    [{ burst: 1, ratePerSecond: 0 }],
    [{ burst: 1, ratePerSecond: Number.NaN }],
  ])('rejects %j', (spec) => {
    expect(() => new TokenBucket(spec, () => 0)).toThrow(RangeError);
  });
});
