import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { MAIL_MAX_ATTEMPTS, MAIL_OPTIONS, type Mail, MailService, mailBackoffMinutes } from '@brobygger/api/mail';
import { inTenantTransaction } from '@brobygger/api/database';
import { SmtpInbox } from '../../test/smtp-inbox';
import { createTestApp, type TestApp } from '../../test/test-app';

interface OutboxRow {
  status: string;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  sent_at: Date | null;
  body: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The transactional mail outbox on a real PostgreSQL: emails are written in the change's
 * transaction and sent by the worker afterwards, so a rollback sends nothing and a mail server
 * that is down delays an email without losing it.
 */
describe('mail outbox', () => {
  let port: number;
  let inbox: SmtpInbox | undefined;
  let api: TestApp;
  let mail: MailService;
  let municipalityId: string;

  const mailTo = (to: string): Mail => ({
    municipalityId,
    to,
    language: 'da',
    template: 'reset-password',
    params: { name: 'Test', link: 'http://localhost/nulstil-adgangskode?token=abc' },
  });
  const rowsTo = (to: string): Promise<OutboxRow[]> =>
    api.dataSource.query(
      'SELECT status, attempts, last_error, next_attempt_at, sent_at, body FROM mail_outbox WHERE recipient = $1',
      [to],
    );
  const received = (to: string) => (inbox?.mails ?? []).filter((m) => m.to.includes(to)).length;
  const serverUp = async () => {
    inbox = new SmtpInbox();
    await inbox.start(port);
  };
  const serverDown = async () => {
    await inbox?.stop();
    inbox = undefined;
  };

  beforeAll(async () => {
    port = await freePort();
    await serverUp();
    api = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` } });
    mail = api.started.app.get(MailService);
    ({ id: municipalityId } = await api.municipality());
  });

  afterAll(async () => {
    await api?.close();
    await serverDown();
  });

  it('sends an email enqueued in a committed transaction, promptly after the commit', async () => {
    const to = 'committed@example.dk';
    await inTenantTransaction(api.appDataSource, municipalityId, (manager) => mail.enqueue(manager, [mailTo(to)]));
    // Sent by the drain that the commit started, without waiting for the poll.
    for (let i = 0; i < 50 && received(to) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received(to)).toBe(1);
    await api.drainMail();
    const [row] = await rowsTo(to);
    // Once sent, the text with its link is gone; who, what and when stay.
    expect(row).toMatchObject({ status: 'sent', attempts: 1, last_error: null, body: '' });
    expect(row?.sent_at).toBeInstanceOf(Date);
  });

  it('removes sent emails after 30 days and keeps younger ones', async () => {
    const [old, recent] = ['sent.old@example.dk', 'sent.recent@example.dk'];
    await inTenantTransaction(api.appDataSource, municipalityId, (manager) =>
      mail.enqueue(manager, [mailTo(old), mailTo(recent)]),
    );
    await api.drainMail();
    await api.dataSource.query(`UPDATE mail_outbox SET sent_at = now() - interval '31 days' WHERE recipient = $1`, [
      old,
    ]);
    await api.drainMail();
    expect(await rowsTo(old)).toEqual([]);
    expect(await rowsTo(recent)).toHaveLength(1);
  });

  it('never sends an email enqueued in a transaction that rolls back', async () => {
    const to = 'rolled.back@example.dk';
    await expect(
      inTenantTransaction(api.appDataSource, municipalityId, async (manager) => {
        await mail.enqueue(manager, [mailTo(to)]);
        throw new Error('the change fails after the email was enqueued');
      }),
    ).rejects.toThrow('the change fails');
    await api.drainMail();
    expect(await rowsTo(to)).toEqual([]);
    expect(received(to)).toBe(0);
  });

  it('keeps an email pending while the mail server is down, counting attempts, and delivers it once it is back', async () => {
    const to = 'server.down@example.dk';
    await serverDown();
    await inTenantTransaction(api.appDataSource, municipalityId, (manager) => mail.enqueue(manager, [mailTo(to)]));
    await api.drainMail();
    const [first] = await rowsTo(to);
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first?.last_error).toMatch(/ECONNREFUSED|connect/i);
    // Backoff: the next attempt is about a minute later, not at once.
    expect(first!.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect(await api.drainMail()).toBe(0);
    expect((await rowsTo(to))[0]?.attempts).toBe(1);

    await serverUp();
    await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = $1`, [to]);
    expect(await api.drainMail()).toBe(1);
    expect(received(to)).toBe(1);
    expect((await rowsTo(to))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('backs off 1, 5, 30 minutes, then hourly, and gives up after the last attempt as failed', async () => {
    expect([1, 2, 3, 4, 9].map(mailBackoffMinutes)).toEqual([1, 5, 30, 60, 60]);
    const to = 'given.up@example.dk';
    await serverDown();
    await inTenantTransaction(api.appDataSource, municipalityId, (manager) => mail.enqueue(manager, [mailTo(to)]));
    await api.drainMail();
    await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now(), attempts = $2 WHERE recipient = $1`, [
      to,
      MAIL_MAX_ATTEMPTS - 1,
    ]);
    await api.drainMail();
    expect((await rowsTo(to))[0]).toMatchObject({ status: 'failed', attempts: MAIL_MAX_ATTEMPTS });
    await serverUp();
    await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = $1`, [to]);
    expect(await api.drainMail()).toBe(0);
    expect(received(to)).toBe(0);
  });

  it('lets two workers drain at once without sending any email twice', async () => {
    const second = new MailService(api.started.app.get(MAIL_OPTIONS), api.appDataSource);
    try {
      const recipients = Array.from({ length: 30 }, (_, i) => `worker.${i}@example.dk`);
      await api.dataSource.query(
        `INSERT INTO mail_outbox (municipality_id, recipient, language, template, subject, body, next_attempt_at)
         SELECT $1, r, 'da', 'reset-password', 'Emne', 'Tekst', now() + interval '1 hour' FROM unnest($2::text[]) AS r`,
        [municipalityId, recipients],
      );
      await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient LIKE 'worker.%'`);
      const [a, b] = await Promise.all([mail.drain(), second.drain()]);
      expect(a + b).toBe(30);
      for (const to of recipients) expect(received(to)).toBe(1);
      const statuses: { status: string; attempts: number }[] = await api.dataSource.query(
        `SELECT DISTINCT status, attempts FROM mail_outbox WHERE recipient LIKE 'worker.%'`,
      );
      expect(statuses).toEqual([{ status: 'sent', attempts: 1 }]);
    } finally {
      api.appDataSource.subscribers.splice(api.appDataSource.subscribers.indexOf(second), 1);
    }
  });

  // PGlite runs one transaction at a time, so a row locked by an open transaction cannot be tested there.
  (process.env['DATABASE_URL'] ? it : it.skip)(
    'skips a row another worker has locked (FOR UPDATE SKIP LOCKED)',
    async () => {
      const [locked, free] = ['locked@example.dk', 'free@example.dk'];
      await serverDown();
      await inTenantTransaction(api.appDataSource, municipalityId, (manager) =>
        mail.enqueue(manager, [mailTo(locked), mailTo(free)]),
      );
      await api.drainMail();
      await serverUp();
      await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient IN ($1, $2)`, [
        locked,
        free,
      ]);
      const runner = api.dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
        await runner.query(`SELECT id FROM mail_outbox WHERE recipient = $1 FOR UPDATE`, [locked]);
        expect(await api.drainMail()).toBe(1);
        expect(received(free)).toBe(1);
        expect(received(locked)).toBe(0);
        await runner.commitTransaction();
      } finally {
        await runner.release();
      }
      expect(await api.drainMail()).toBe(1);
      expect(received(locked)).toBe(1);
    },
  );
});
