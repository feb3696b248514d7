import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';
import { LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';
import { AccountEntity } from '@brobygger/api/accounts';
import type {
  AvailabilitySlot,
  ChildCertificateStatus,
  Gender,
  LanguageLevel,
  VolunteerRole,
  VolunteerStatus,
} from '@brobygger/shared/rules';

export type { ChildCertificateStatus, LanguageLevel, VolunteerRole, VolunteerStatus } from '@brobygger/shared/rules';

export interface SpokenLanguage {
  code: string;
  level: LanguageLevel;
}

export interface CompletedTraining {
  name: string;
  /** ISO date. */
  completedOn: string;
}

/** A person who gives time as a mentor, leisure guide or group facilitator. */
@Entity('volunteer')
export class VolunteerEntity extends TenantEntity {
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'text', array: true })
  roles!: VolunteerRole[];

  @Column({ type: 'text', default: 'applied' })
  status!: VolunteerStatus;

  @Column({ type: 'int', nullable: true })
  birthYear!: number | null;

  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  @Column({ type: 'uuid', nullable: true })
  localityId!: string | null;

  @ManyToOne(() => LocalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: LocalityEntity;

  @Column({ type: 'int', default: 10 })
  maxDistanceKm!: number;

  /** How many people they can take on at once. */
  @Column({ type: 'int', default: 1 })
  capacity!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages!: SpokenLanguage[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests!: string[];

  /** Weekly slots such as `mon-evening`, `sat-morning`. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  availability!: AvailabilitySlot[];

  @Column({ type: 'text', default: '' })
  introduction!: string;

  /** The volunteer's own account (self sign-up); null for volunteers registered before accounts. */
  @Column({ type: 'uuid', nullable: true, unique: true })
  accountId!: string | null;

  /** Deleting the account keeps the volunteer's record (matches refer to it) but unlinks it. */
  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  /** Will they have regular contact with children under 15? Then a clear child certificate is needed. */
  @Column({ type: 'boolean', default: false })
  worksWithChildren!: boolean;

  /** The coordinator's short, non-sensitive screening note. */
  @Column({ type: 'text', nullable: true })
  screeningNote!: string | null;

  /** Shown to the volunteer. */
  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'text', default: 'not-needed' })
  childCertificateStatus!: ChildCertificateStatus;

  @Column({ type: 'date', nullable: true })
  childCertificateRequestedOn!: string | null;

  /** When the certificate was checked; renewal falls due a set number of months later. */
  @Column({ type: 'date', nullable: true })
  childCertificateCheckedOn!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  trainings!: CompletedTraining[];

  /** The renewal date the volunteer was last reminded of: one reminder per renewal. */
  @Column({ type: 'date', nullable: true })
  childCertificateReminderSentFor!: string | null;

  /** A pause: no new proposals meanwhile; matches in progress go on. */
  @Column({ type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  /** The pause ends on this date (new proposals from then on); null: until they resume. */
  @Column({ type: 'date', nullable: true })
  pausedUntil!: string | null;

  /** Left the programme: never proposed again; the coordinators were told what needs attention. */
  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}

/** Copenhagen's calendar date today, as the API keeps dates (2026-11-26). */
export function todayInCopenhagen(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** Whether a volunteer may be offered new proposals: not left, and not on a pause that is still running. */
export function availableForProposals(
  volunteer: Pick<VolunteerEntity, 'leftAt' | 'pausedAt' | 'pausedUntil'>,
  today = todayInCopenhagen(),
): boolean {
  if (volunteer.leftAt) return false;
  if (!volunteer.pausedAt) return true;
  return volunteer.pausedUntil !== null && volunteer.pausedUntil <= today;
}

/** The same rule in SQL, for queries on the volunteer table aliased `alias`. */
export function availableForProposalsSql(alias: string): string {
  return `(${alias}.left_at IS NULL AND (${alias}.paused_at IS NULL OR ${alias}.paused_until <= (now() AT TIME ZONE 'Europe/Copenhagen')::date))`;
}
