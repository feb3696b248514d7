import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';
import { LocalityEntity, MunicipalityEntity } from '@brobygger/api/reference-data';

export const ASSOCIATION_KINDS = [
  'sports',
  'culture',
  'leisure',
  'evening-school',
  'village-association',
  'social-organisation',
] as const;
export type AssociationKind = (typeof ASSOCIATION_KINDS)[number];

export interface ContactPerson {
  name: string;
  email: string;
  phone: string;
}

/** A club, evening school (aftenskole), village association (bylaug) or voluntary organisation. */
@Entity('association')
// One association per CVR number in a municipality (many have none).
@Index('UQ_association_municipality_cvr', ['municipalityId', 'cvr'], { unique: true, where: '"cvr" IS NOT NULL' })
export class AssociationEntity extends TenantEntity {
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text' })
  name!: string;

  /** Danish CVR number (8 digits), when the association has one. */
  @Column({ type: 'char', length: 8, nullable: true })
  cvr!: string | null;

  @Column({ type: 'text' })
  kind!: AssociationKind;

  @Column({ type: 'uuid' })
  localityId!: string;

  @ManyToOne(() => LocalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: LocalityEntity;

  @Column({ type: 'text', default: '' })
  address!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Who to contact: name, email and phone of one or more people. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  contactPeople!: ContactPerson[];

  /** The association's yearly declaration that it obtains child certificates (børneattester). */
  @Column({ type: 'date', nullable: true })
  childCertificateDeclaredOn!: string | null;
}
