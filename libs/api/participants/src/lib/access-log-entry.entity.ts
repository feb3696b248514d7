import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ACCESS_ACTIONS = ['read', 'search', 'change', 'export', 'delete'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/**
 * Who read, searched, changed, exported or deleted which participant's data, and when. Append-only:
 * the app role may insert and read but never update or delete; only the retention job (as the
 * owner) removes entries older than the retention period.
 */
@Entity('access_log_entry')
@Index(['municipalityId', 'participantId', 'at'])
@Index(['at'])
export class AccessLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'uuid' })
  accountId!: string;

  /** The roles the account held then, e.g. `coordinator`. */
  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'text' })
  action!: AccessAction;

  /** Null for a search that found no one (the criteria are kept). */
  @Column({ type: 'uuid', nullable: true })
  participantId!: string | null;

  /** For searches: what was searched for. */
  @Column({ type: 'jsonb', nullable: true })
  criteria!: Record<string, string | number | null> | null;

  @Column({ type: 'text' })
  requestId!: string;
}
