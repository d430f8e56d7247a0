// Bounded concurrency: order kept, never more than `limit` in flight, first error rejects.

import { mapLimit } from '../../src/util/map-limit';

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('mapLimit', () => {
  it.each([1, 2, 4, 10])('keeps input order and at most %d calls in flight', async (limit) => {
    let inFlight = 0;
    let peak = 0;
    const items = Array.from({ length: 9 }, (_, i) => i);
    const results = await mapLimit(items, limit, async (item) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await delay((9 - item) % 3);
      inFlight--;
      return item * 2;
    });
    expect(results).toEqual(items.map((i) => i * 2));
    expect(peak).toBe(Math.min(limit, items.length));
  });

  it('handles no items', async () => {
    await expect(mapLimit([], 4, async () => 1)).resolves.toEqual([]);
  });

  it('rejects with the first error', async () => {
    await expect(
      mapLimit([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('two');
        return n;
      }),
    ).rejects.toThrow('two');
  });
});
