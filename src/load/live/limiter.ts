/** Runs a task when a slot is free; `urgent` tasks go before every waiting ordinary one. */
export type Limit = <T>(task: () => Promise<T>, urgent?: boolean) => Promise<T>;

/**
 * At most `concurrency` tasks run at once; the rest wait in arrival order, urgent ones first.
 *
 * The live loader marks the next page of a paginated list as urgent: pages must follow one another,
 * so the longest pagination chain (a big OU, a policy attached everywhere) sets the wall time, and
 * letting it wait behind first pages that can run any time only stretches it.
 *
 * A finishing task hands its slot straight to the next waiter instead of releasing it, so a
 * newcomer cannot overtake the queue. Only leaf calls (one API request) may go through a limiter:
 * a task that waited on the same limiter inside itself could deadlock once every slot is taken.
 */
export function createLimiter(concurrency: number): Limit {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  let active = 0;
  const urgentQueue: (() => void)[] = [];
  const queue: (() => void)[] = [];

  const release = (): void => {
    const next = urgentQueue.shift() ?? queue.shift();
    if (next) next();
    else active -= 1;
  };

  return async <T>(task: () => Promise<T>, urgent = false): Promise<T> => {
    if (active < concurrency) active += 1;
    else await new Promise<void>((resolve) => (urgent ? urgentQueue : queue).push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  };
}
