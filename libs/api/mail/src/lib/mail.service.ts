import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { MAIL_OPTIONS, type MailOptions } from './mail.options';
import { type MailParams, type MailTemplate, renderMail } from './mail-templates';
import { MailOutboxEntity } from './mail-outbox.entity';
import { OutboxEmailEntity } from './outbox-email.entity';

export interface Mail {
  municipalityId: string;
  to: string;
  language: string;
  template: MailTemplate;
  params: MailParams;
}

/** Minutes to wait after the 1st, 2nd, 3rd… failed attempt; after the last entry, hourly. */
const BACKOFF_MINUTES = [1, 5, 30];
/** After this many failed attempts an email is given up as `failed` (logged). */
export const MAIL_MAX_ATTEMPTS = 10;
/** A claimed row stays invisible to other workers this long, in case this one dies mid-send. */
const CLAIM_MINUTES = 5;
const BATCH = 20;
/** Days a sent email stays in the outbox (recipient, subject, when) before it is removed. */
const SENT_RETENTION_DAYS = 30;

/** Minutes until the next attempt after `attempts` failed ones. */
export function mailBackoffMinutes(attempts: number): number {
  return BACKOFF_MINUTES[attempts - 1] ?? 60;
}

/**
 * Email through a transactional outbox: `enqueue` writes the rendered email in the caller's
 * transaction, the worker sends due rows over SMTP (nodemailer) afterwards, marks them sent, or
 * retries with backoff. In demo mode a copy also goes to the demo outbox, in the same transaction.
 * As a TypeORM subscriber it drains right after a transaction that enqueued commits, so emails stay
 * prompt; `MailJobs` polls every `pollSeconds` for retries and whatever a crash left behind.
 */
@Injectable()
export class MailService implements OnApplicationShutdown, EntitySubscriberInterface {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private draining?: Promise<number>;
  private again = false;
  private stopped = false;
  /** Transactions that enqueued and have not ended yet. */
  private readonly enqueuedIn = new WeakSet<QueryRunner>();

  constructor(
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : createTransport({ jsonTransport: true });
    dataSource.subscribers.push(this);
  }

  /** A link into the web app, e.g. link('/frivillig/forslag'). */
  link(path: string): string {
    return `${this.options.publicUrl}${path}`;
  }

  /**
   * Writes the emails to the outbox in the caller's transaction (its manager, never another
   * connection): a rollback takes them back, a commit promises them, and they are sent right after it.
   */
  async enqueue(manager: EntityManager, mails: readonly Mail[]): Promise<void> {
    if (mails.length && manager.queryRunner) this.enqueuedIn.add(manager.queryRunner);
    for (const mail of mails) {
      const { subject, body } = renderMail(mail.template, mail.language, mail.params);
      await manager.insert(MailOutboxEntity, {
        municipalityId: mail.municipalityId,
        recipient: mail.to,
        language: mail.language,
        template: mail.template,
        subject,
        body,
      });
      if (this.options.demoOutbox) {
        await manager.insert(OutboxEmailEntity, {
          municipalityId: mail.municipalityId,
          recipient: mail.to,
          subject,
          body,
        });
      }
    }
  }

  /**
   * Demo mode only: the newest copies of the emails sent in the municipality; null elsewhere, where
   * no copies are kept and old ones (from a database that once ran the demo) are never shown.
   */
  async demoOutbox(municipalityId: string | null): Promise<OutboxEmailEntity[] | null> {
    if (!this.options.demoOutbox) return null;
    return inTenantTransaction(this.dataSource, municipalityId, (manager) =>
      manager.find(OutboxEmailEntity, { order: { createdAt: 'DESC' }, take: 100 }),
    );
  }

  /** Sends what is due now rather than at the next poll, in the background. Never throws. */
  kick(): void {
    if (!this.stopped) void this.drain();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Only the outermost commit makes the rows visible to the worker's own transactions.
    if (event.queryRunner.isTransactionActive || !this.enqueuedIn.has(event.queryRunner)) return;
    this.enqueuedIn.delete(event.queryRunner);
    this.kick();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.enqueuedIn.delete(event.queryRunner);
  }

  /**
   * Sends every due email (all municipalities) and resolves with how many were sent. Concurrent
   * calls share one run (plus one more if asked during it); other processes are kept apart by
   * `FOR UPDATE SKIP LOCKED` and the claim. Never throws: failures are logged and retried.
   */
  drain(): Promise<number> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    const run = async (): Promise<number> => {
      let sent = 0;
      do {
        this.again = false;
        sent += await this.drainOnce().catch((error: unknown) => {
          this.logger.error({ err: error }, 'The mail outbox could not be drained');
          return 0;
        });
      } while (this.again && !this.stopped);
      return sent;
    };
    this.draining = run().finally(() => (this.draining = undefined));
    return this.draining;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.draining;
  }

  private async drainOnce(): Promise<number> {
    // Row-level security shows each transaction one municipality's rows: work through them in turn.
    const municipalities: { id: string }[] = await this.dataSource.query('SELECT id FROM municipality');
    let sent = 0;
    for (const { id } of municipalities) {
      for (;;) {
        const batch = await this.claim(id);
        for (const row of batch) if (await this.sendOne(row)) sent++;
        if (batch.length < BATCH || this.stopped) break;
      }
    }
    return sent;
  }

  /**
   * Takes up to BATCH due rows in a short transaction: locked rows are skipped (another worker has
   * them), and the taken ones are pushed CLAIM_MINUTES ahead, so no one else takes them while we send.
   */
  private claim(municipalityId: string): Promise<MailOutboxEntity[]> {
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const rows: {
        id: string;
        recipient: string;
        subject: string;
        body: string;
        template: string;
        attempts: number;
      }[] = await manager.query(
        `SELECT id, recipient, subject, body, template, attempts FROM mail_outbox
            WHERE status = 'pending' AND next_attempt_at <= now()
            ORDER BY next_attempt_at, created_at
            LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      // Sent rows are kept a while as a record of what went to whom, then removed.
      await manager.query(
        `DELETE FROM mail_outbox WHERE status = 'sent' AND sent_at < now() - make_interval(days => $1)`,
        [SENT_RETENTION_DAYS],
      );
      if (rows.length === 0) return [];
      await manager.query(
        `UPDATE mail_outbox SET next_attempt_at = now() + make_interval(mins => $2) WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.id), CLAIM_MINUTES],
      );
      return rows.map((r) => Object.assign(new MailOutboxEntity(), { ...r, municipalityId }));
    });
  }

  private async sendOne(row: MailOutboxEntity): Promise<boolean> {
    let error: unknown;
    try {
      await this.transport.sendMail({
        from: this.options.mailFrom,
        to: row.recipient,
        subject: row.subject,
        text: row.body,
      });
      // Logged by template and outbox id only: the address and the text are personal data.
      if (!this.options.smtpUrl) this.logger.log(`The ${row.template} email ${row.id} was not sent: no SMTP_URL`);
    } catch (caught) {
      error = caught;
    }
    const attempts = row.attempts + 1;
    await inTenantTransaction(this.dataSource, row.municipalityId, async (manager) => {
      if (error === undefined) {
        await manager.query(
          // The text may hold a sign-in, reset or invitation link: keep it only until it is sent.
          `UPDATE mail_outbox SET status = 'sent', attempts = $2, sent_at = now(), last_error = NULL, body = '' WHERE id = $1`,
          [row.id, attempts],
        );
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      const failed = attempts >= MAIL_MAX_ATTEMPTS;
      await manager.query(
        `UPDATE mail_outbox SET attempts = $2, last_error = $3, status = $4,
                next_attempt_at = now() + make_interval(mins => $5) WHERE id = $1`,
        [row.id, attempts, message.slice(0, 1000), failed ? 'failed' : 'pending', mailBackoffMinutes(attempts)],
      );
    });
    if (error !== undefined) {
      const what = `the ${row.template} email ${row.id} (attempt ${attempts})`;
      if (attempts >= MAIL_MAX_ATTEMPTS) this.logger.error({ err: error }, `Gave up on ${what}`);
      else this.logger.warn({ err: error }, `Could not send ${what}; retrying in ${mailBackoffMinutes(attempts)} min`);
    }
    return error === undefined;
  }
}
