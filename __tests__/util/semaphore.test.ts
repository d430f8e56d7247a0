import { createSchedule } from '../../src/util/semaphore';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createSchedule', () => {
  it('runs at most `limit` jobs at once, in order', async () => {
    const schedule = createSchedule(2);
    const gates = Array.from({ length: 5 }, () => deferred());
    const started: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const all = gates.map((gate, i) =>
      schedule(async () => {
        started.push(i);
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await gate.promise;
        running -= 1;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    for (const gate of gates) gate.resolve();
    await expect(Promise.all(all)).resolves.toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(maxRunning).toBe(2);
  });

  it('frees the slot of a job that fails', async () => {
    const schedule = createSchedule(1);
    await expect(schedule(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(schedule(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it('rejects a limit below 1', () => {
    expect(() => createSchedule(0)).toThrow(RangeError);
  });
});
