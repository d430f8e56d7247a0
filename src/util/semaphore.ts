// A counting semaphore: at most `limit` async jobs run at once, the rest wait in order.

/** Runs `job` when a slot is free; resolves or rejects with it. */
export type Schedule = <T>(job: () => Promise<T>) => Promise<T>;

/** A schedule that runs at most `limit` jobs at once (first come, first served). */
export function createSchedule(limit: number): Schedule {
  if (!(limit >= 1)) throw new RangeError('a schedule needs a limit of at least 1');
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running < limit) running += 1;
    // The slot is handed over by `release`, so `running` stays as it is when a waiter takes it.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await job();
    } finally {
      release();
    }
  };
}
