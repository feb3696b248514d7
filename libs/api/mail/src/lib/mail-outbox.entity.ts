import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';

export type MailOutboxStatus = 'pending' | 'sent' | 'failed';

/**
 * Every email, written in the same transaction as the change it tells about and sent afterwards
 * by the outbox worker: a crash or a mail server that is down delays an email, it never loses it.
 * Stored rendered (subject and text as they will be sent), so a later template change does not
 * alter what was promised.
 */
@Entity('mail_outbox')
@Index('IDX_mail_outbox_due', ['status', 'nextAttemptAt'])
export class MailOutboxEntity extends TenantEntity {
  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  template!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', default: 'pending' })
  status!: MailOutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
