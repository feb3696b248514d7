import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';
import { ActivityEntity, LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';
import type { EventKind } from '@brobygger/shared/rules';
import { AssociationEntity } from './association.entity';

export const OFFER_KINDS = ['trial-membership', 'fritidspas', 'peer-group', 'event'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const OFFER_STATUSES = ['draft', 'published', 'closed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Something an association offers: trial slots, a fritidspas activity, a peer group or an event. */
@Entity('offer')
@Index(['municipalityId', 'status'])
// An offer in the catalogue carries the date it first was: the rule that keeps it from deletion.
@Check('CHK_offer_published_has_date', `"status" <> 'published' OR "first_published_at" IS NOT NULL`)
export class OfferEntity extends TenantEntity {
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => AssociationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'association_id' })
  association?: AssociationEntity;

  @Column({ type: 'text' })
  kind!: OfferKind;

  @Column({ type: 'text', default: 'draft' })
  status!: OfferStatus;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', nullable: true })
  activityKey!: string | null;

  @ManyToOne(() => ActivityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'activity_key' })
  activity?: ActivityEntity | null;

  @Column({ type: 'uuid' })
  localityId!: string;

  @ManyToOne(() => LocalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: LocalityEntity;

  @Column({ type: 'int', nullable: true })
  ageMin!: number | null;

  @Column({ type: 'int', nullable: true })
  ageMax!: number | null;

  @Column({ type: 'boolean', default: false })
  womenOnly!: boolean;

  /** ISO 639-1 codes of the languages spoken at the offer. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languageCodes!: string[];

  /** Trial slots, seats or group places. */
  @Column({ type: 'int' })
  capacity!: number;

  /** For events: when it starts. */
  @Column({ type: 'timestamptz', nullable: true })
  startsAt!: Date | null;

  /** When and how often, in words, e.g. "Tirsdag 17–18.30". */
  @Column({ type: 'text', default: '' })
  schedule!: string;

  /** Where it takes place (address or venue). */
  @Column({ type: 'text', default: '' })
  place!: string;

  /** Trial memberships: how many weeks the trial lasts. */
  @Column({ type: 'int', nullable: true })
  trialWeeks!: number | null;

  /** Fritidspas: the season fee and typical equipment cost, in øre. */
  @Column({ type: 'int', nullable: true })
  seasonFeeOre!: number | null;

  @Column({ type: 'int', nullable: true })
  equipmentCostOre!: number | null;

  /** Peer groups: young people, women, parents … */
  @Column({ type: 'text', nullable: true })
  targetGroup!: string | null;

  /** Events: one of EVENT_KINDS (other kinds' old rows may hold any text, which is never shown). */
  @Column({ type: 'text', nullable: true })
  eventKind!: EventKind | null;

  @Column({ type: 'timestamptz', nullable: true })
  registrationDeadline!: Date | null;

  /** Set at the first publication: an offer once published is closed, never deleted. */
  @Column({ type: 'timestamptz', nullable: true })
  firstPublishedAt!: Date | null;
}
