// withDeadline: the work's outcome, or the timeout error once the deadline passes first; no timer left behind.

import { withDeadline } from '../../src/util/with-deadline';

describe('withDeadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('resolves with the work when it finishes in time, and clears its timer', async () => {
    await expect(withDeadline(Promise.resolve('done'), 1000, () => new Error('late'))).resolves.toBe('done');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('passes the work through when there is no deadline', async () => {
    await expect(withDeadline(Promise.reject(new Error('boom')), undefined, () => new Error('late'))).rejects.toThrow('boom');
  });

  it('rejects with the timeout error once the deadline passes first', async () => {
    const never = new Promise<string>(() => undefined);
    const result = withDeadline(never, 1000, () => new Error('late'));
    jest.advanceTimersByTime(999);
    const early = await Promise.race([result.then(() => 'settled', () => 'settled'), Promise.resolve('pending')]);
    expect(early).toBe('pending');
    jest.advanceTimersByTime(1);
    await expect(result).rejects.toThrow('late');
    expect(jest.getTimerCount()).toBe(0);
  });
});
