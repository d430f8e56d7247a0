// A promise raced against a deadline, with the timer cleared as soon as either side settles.

/**
 * `work`'s outcome, or a rejection with `onTimeout()` once `ms` milliseconds pass first. No deadline when `ms` is undefined.
 * The work itself is not cancelled: the caller stops waiting for it.
 */
export function withDeadline<T>(work: Promise<T>, ms: number | undefined, onTimeout: () => Error): Promise<T> {
  if (ms === undefined) return work;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
