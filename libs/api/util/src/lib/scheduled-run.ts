import type { Logger } from '@nestjs/common';

/**
 * A scheduled job's run that never overlaps itself: a tick that comes while the previous run is
 * still going is skipped. It never throws: a failure is logged and the next tick tries again.
 */
export function scheduledRun<A extends unknown[]>(
  logger: Logger,
  failure: string,
  work: (...args: A) => Promise<unknown>,
): (...args: A) => Promise<void> {
  let running = false;
  return async (...args: A) => {
    if (running) return;
    running = true;
    try {
      await work(...args);
    } catch (error: unknown) {
      logger.error({ err: error }, failure);
    } finally {
      running = false;
    }
  };
}
