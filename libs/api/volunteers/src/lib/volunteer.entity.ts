import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';

export const VOLUNTEER_ROLES = ['mentor', 'leisure-guide', 'group-facilitator'] as const;
export type VolunteerRole = (typeof VOLUNTEER_ROLES)[number];

export const LANGUAGE_LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export interface SpokenLanguage {
  code: string;
  level: LanguageLevel;
}

export const VOLUNTEER_STATUSES = ['applied', 'screened', 'approved', 'rejected'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** A person who gives time as a mentor, leisure guide or group facilitator. */
@Entity('volunteer')
export class VolunteerEntity {
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

  @Column({ type: 'text', array: true })
  roles!: VolunteerRole[];

  @Column({ type: 'text', default: 'applied' })
  status!: VolunteerStatus;

  @Column({ type: 'int', nullable: true })
  birthYear!: number | null;

  @Column({ type: 'text', nullable: true })
  gender!: 'female' | 'male' | 'other' | null;

  @Column({ type: 'uuid' })
  localityId!: string;

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
  availability!: string[];

  @Column({ type: 'text', default: '' })
  introduction!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
