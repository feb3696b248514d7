import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';
import type { SpokenLanguage } from '@brobygger/api/volunteers';

/**
 * A newcomer the coordinator works with. Personal data is minimal on purpose: no ethnicity,
 * religion, health or CPR number is ever stored. Nothing here is exposed in GraphQL yet: the
 * participant views arrive with access control and the access log.
 */
@Entity('participant')
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

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
  gender!: 'female' | 'male' | 'other' | null;

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
  needs!: string[];

  @Column({ type: 'date', nullable: true })
  arrivalDate!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
