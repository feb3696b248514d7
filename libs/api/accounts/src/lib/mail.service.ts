import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { type MailTemplate, renderMail } from './mail-templates';
import { OutboxEmailEntity } from './outbox-email.entity';

export interface Mail {
  municipalityId: string;
  to: string;
  language: string;
  template: MailTemplate;
  params: { name: string; link: string; days?: number };
}

/** Sends email over SMTP (nodemailer) from templates; in demo mode also keeps a copy in the outbox. */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(@Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions) {
    this.transport = options.smtpUrl ? createTransport(options.smtpUrl) : createTransport({ jsonTransport: true });
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
    try {
      await this.transport.sendMail({ from: this.options.mailFrom, to: mail.to, subject, text: body });
      if (!this.options.smtpUrl) this.logger.log(`Email "${subject}" to ${mail.to} (no SMTP_URL: not sent)`);
    } catch (error) {
      // The action itself succeeded; the person can ask for the email again.
      this.logger.error({ err: error }, `Could not send "${subject}" to ${mail.to}`);
    }
  }
}
