import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';
import { LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';
import type { SpokenLanguage } from '@brobygger/api/volunteers';
import type { DanishLevel, Gender, Need } from '@brobygger/shared/rules';

/**
 * A newcomer the coordinator works with. Personal data is minimal on purpose: no ethnicity,
 * religion, health or CPR number is ever stored. Nothing here is exposed in GraphQL yet: the
 * participant views arrive with access control and the access log.
 */
@Entity('participant')
export class ParticipantEntity extends TenantEntity {
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'int' })
  birthYear!: number;

  @Column({ type: 'text', nullable: true })
  gender!: Gender | null;

  @Column({ type: 'uuid' })
  localityId!: string;

  @ManyToOne(() => LocalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: LocalityEntity;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  languages!: SpokenLanguage[];

  @Column({ type: 'boolean', default: false })
  interpreterNeeded!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests!: string[];

  /** e.g. everyday-life, danish-practice, job-seeking, homework-help, leisure. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  needs!: Need[];

  @Column({ type: 'date', nullable: true })
  arrivalDate!: string | null;

  /** e.g. none, beginner, intermediate, advanced. */
  @Column({ type: 'text', nullable: true })
  danishLevel!: DanishLevel | null;

  /** Children in the household (for fritidspas): first name and birth year only. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  household!: { firstName: string; birthYear: number }[];

  /** The participant's wish for the volunteer's gender, if any. */
  @Column({ type: 'text', nullable: true })
  preferredVolunteerGender!: Gender | null;

  /** The one coordinator who follows the person (gennemgående kontaktperson): an account id. */
  @Column({ type: 'uuid', nullable: true })
  contactCoordinatorId!: string | null;

  /** The legal basis of the processing: the municipality's public task, not consent. */
  @Column({ type: 'text', default: 'public-task' })
  legalBasis!: string;

  /** Consent only for optional extras, each withdrawable without consequence. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  consents!: { purpose: string; givenAt: string; withdrawnAt: string | null }[];

  /** Free text; the form warns against sensitive content (no health, religion or ethnicity). */
  @Column({ type: 'text', default: '' })
  notes!: string;
}
