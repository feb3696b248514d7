import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The coordinator checks in 1 and 3 months after a match became active. */
export const FOLLOW_UP_MILESTONES = [1, 3] as const;

/** How a check-in found the match; all but `continues` end it. */
export const FOLLOW_UP_OUTCOMES = ['continues', 'completed', 'ended', 'became-club-member'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

/** A coordinator's recorded check-in (opfølgning) on an active match. */
@Entity('follow_up')
@Index(['matchId', 'milestoneMonths'], { unique: true })
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  matchId!: string;

  /** 1 or 3: which check-in this is. */
  @Column({ type: 'int' })
  milestoneMonths!: number;

  /** When it fell due (ISO date), kept so a late check-in stays visible as late. */
  @Column({ type: 'date' })
  dueOn!: string;

  /** Short and non-sensitive: the form warns, and the API refuses notes that look sensitive. */
  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'text' })
  outcome!: FollowUpOutcome;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}

/** One meeting the volunteer logged for an active match (mødelog). */
@Entity('meeting_log_entry')
@Index(['matchId', 'metOn'])
export class MeetingLogEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  matchId!: string;

  /** ISO date, never in the future. */
  @Column({ type: 'date' })
  metOn!: string;

  /** 1–600. */
  @Column({ type: 'int' })
  durationMinutes!: number;

  /** At most 500 characters, non-sensitive. */
  @Column({ type: 'text', default: '' })
  note!: string;

  /** The volunteer's account. */
  @Column({ type: 'uuid' })
  loggedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  loggedAt!: Date;
}
