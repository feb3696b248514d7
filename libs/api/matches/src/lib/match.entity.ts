import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OfferEntity } from '@brobygger/api/associations';
import { VolunteerEntity } from '@brobygger/api/volunteers';

export const MATCH_KINDS = [
  'mentor',
  'leisure-guide',
  'peer-group',
  'trial-membership',
  'fritidspas',
  'event',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export const MATCH_STATUSES = [
  'proposed',
  'approved',
  'accepted',
  'active',
  'completed',
  'ended',
  'declined',
  'expired',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Statuses that hold a slot of the volunteer's or offer's capacity. */
export const HOLDING_STATUSES: readonly MatchStatus[] = ['approved', 'accepted', 'active'];

export interface MatchReason {
  key: string;
  params: Record<string, string | number>;
}

/** One participant with one volunteer (mentor, leisure guide) or one offer (group, club, event). */
@Entity('match')
@Index(['municipalityId', 'kind', 'status'])
@Index(['volunteerId', 'status'])
@Index(['offerId', 'status'])
// A participant holds at most one slot of each kind: a backstop under the service's check.
@Index('UQ_match_one_holding_per_kind', ['participantId', 'kind'], {
  unique: true,
  where: "status IN ('approved', 'accepted', 'active')",
})
// Exactly one provider: a volunteer (mentor, leisure guide) or an offer.
@Check('CHK_match_one_provider', 'num_nonnulls("volunteer_id", "offer_id") = 1')
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'text' })
  kind!: MatchKind;

  @Column({ type: 'uuid' })
  participantId!: string;

  @Column({ type: 'uuid', nullable: true })
  volunteerId!: string | null;

  /**
   * RESTRICT: a volunteer with matches is never deleted (leaving is a status, and the match's
   * history stays with its volunteer); SET NULL would leave a match without a provider.
   */
  @ManyToOne(() => VolunteerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: VolunteerEntity | null;

  @Column({ type: 'uuid', nullable: true })
  offerId!: string | null;

  /** RESTRICT: an offer with matches is closed, never deleted (OffersService.delete says so first). */
  @ManyToOne(() => OfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offer_id' })
  offer?: OfferEntity | null;

  @Column({ type: 'text', default: 'proposed' })
  status!: MatchStatus;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons!: MatchReason[];

  @Column({ type: 'uuid', nullable: true })
  matchingRunId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedBy!: string | null;

  /** The volunteer or association must answer by then, or the proposal expires. */
  @Column({ type: 'timestamptz', nullable: true })
  respondBy!: Date | null;

  /** When the reminder the day before `respondBy` went out: at most one per proposal. */
  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  providerAcceptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  participantAcceptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Why it was declined or ended. */
  @Column({ type: 'text', nullable: true })
  closeReason!: string | null;

  /** e.g. trial-became-membership, ended-as-planned. */
  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** Offers: the first session the association confirmed with the participant (ISO date). */
  @Column({ type: 'date', nullable: true })
  firstSessionOn!: string | null;
}

/** One run of the matching engine: who, when, weights, size, objective and duration. */
@Entity('matching_run')
export class MatchingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  kind!: MatchKind;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  weights!: Record<string, number>;

  @Column({ type: 'int' })
  participantCount!: number;

  @Column({ type: 'int' })
  providerCount!: number;

  @Column({ type: 'int' })
  proposalCount!: number;

  @Column({ type: 'double precision' })
  objective!: number;

  @Column({ type: 'int' })
  durationMs!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  ranAt!: Date;
}
