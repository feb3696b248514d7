import { SchedulerRegistry } from '@nestjs/schedule';
import { createTestApp, type TestApp } from '../../test/test-app';

/** The domains' *.jobs.ts: off in tests unless asked for, and then on with the configured periods. */
describe('scheduled jobs', () => {
  let api: TestApp | undefined;

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('are not scheduled in a test that does not ask for them', async () => {
    api = await createTestApp({ demoData: false });
    const scheduler = api.started.app.get(SchedulerRegistry);
    expect(scheduler.getIntervals()).toEqual([]);
    expect(scheduler.getTimeouts()).toEqual([]);
  });

  it('are scheduled with SCHEDULED_JOBS=true, the mail poll every MAIL_POLL_SECONDS', async () => {
    api = await createTestApp({ demoData: false, env: { SCHEDULED_JOBS: 'true', MAIL_POLL_SECONDS: '7' } });
    const scheduler = api.started.app.get(SchedulerRegistry);
    // The start-up runs fire right after start; the mail poll is registered by its own.
    for (let i = 0; i < 50 && !scheduler.doesExist('interval', 'mail-outbox-poll'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect([...scheduler.getIntervals()].sort()).toEqual([
      'access-log-retention',
      'auth-throttle-prune',
      'child-certificate-reminders',
      'mail-outbox-poll',
      'proposal-expiry',
    ]);
    expect((scheduler.getInterval('mail-outbox-poll') as { _idleTimeout?: number })._idleTimeout).toBe(7000);
    expect(scheduler.getTimeouts()).toContain('child-certificate-reminders-after-start');
  });
});
