import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { type MailParams, type MailTemplate, renderMail } from './mail-templates';
import { OutboxEmailEntity } from './outbox-email.entity';

export interface Mail {
  municipalityId: string;
  to: string;
  language: string;
  template: MailTemplate;
  params: MailParams;
}

/** Sends email over SMTP (nodemailer) from templates; in demo mode also keeps a copy in the outbox. */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : createTransport({ jsonTransport: true });
  }

  /** A link into the web app, e.g. link('/frivillig/forslag'). */
  link(path: string): string {
    return `${this.options.publicUrl}${path}`;
  }

  /** Records the outbox copy in the caller's transaction, then sends. */
  async send(manager: EntityManager, mail: Mail): Promise<void> {
    const { subject, body } = renderMail(mail.template, mail.language, mail.params);
    if (this.options.demoOutbox) {
      await manager.insert(OutboxEmailEntity, {
        municipalityId: mail.municipalityId,
        recipient: mail.to,
        subject,
        body,
      });
    }
    await this.transmit(mail.to, subject, body);
  }

  /**
   * For notifications about something already committed: call after the transaction, never inside.
   * Never throws: a mail server that is down must not undo or fail the action; failures are logged.
   */
  async deliver(mails: readonly Mail[]): Promise<void> {
    for (const mail of mails) {
      try {
        const { subject, body } = renderMail(mail.template, mail.language, mail.params);
        if (this.options.demoOutbox) {
          await inTenantTransaction(this.dataSource, mail.municipalityId, (manager) =>
            manager.insert(OutboxEmailEntity, {
              municipalityId: mail.municipalityId,
              recipient: mail.to,
              subject,
              body,
            }),
          );
        }
        await this.transmit(mail.to, subject, body);
      } catch (error) {
        this.logger.error({ err: error }, `Could not deliver the ${mail.template} email to ${mail.to}`);
      }
    }
  }

  private async transmit(to: string, subject: string, body: string): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.options.mailFrom, to, subject, text: body });
      if (!this.options.smtpUrl) this.logger.log(`Email "${subject}" to ${to} (no SMTP_URL: not sent)`);
    } catch (error) {
      // The action itself succeeded; the person can ask for the email again.
      this.logger.error({ err: error }, `Could not send "${subject}" to ${to}`);
    }
  }
}
