import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';

/** Demo mode only: a copy of every email sent, for an administrator to read in the app. */
@Entity('outbox_email')
export class OutboxEmailEntity extends TenantEntity {
  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;
}
