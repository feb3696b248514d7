import type { Logger } from '@nestjs/common';
import { scheduledRun } from './scheduled-run';

describe('scheduledRun', () => {
  const logger = { error: jest.fn() } as unknown as Logger & { error: jest.Mock };

  it('skips a tick while the previous run is still going, and runs again once it ended', async () => {
    let release = (): void => undefined;
    const work = jest.fn(() => new Promise<void>((resolve) => (release = resolve)));
    const run = scheduledRun(logger, 'failed', work);
    const first = run();
    await run();
    expect(work).toHaveBeenCalledTimes(1);
    release();
    await first;
    const third = run();
    release();
    await third;
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('logs a failure instead of throwing, and runs again at the next tick', async () => {
    const work = jest.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValueOnce(undefined);
    const run = scheduledRun(logger, 'The job failed', work);
    await expect(run()).resolves.toBeUndefined();
    expect(logger.error).toHaveBeenCalledWith({ err: expect.any(Error) }, 'The job failed');
    await run();
    expect(work).toHaveBeenCalledTimes(2);
  });
});
