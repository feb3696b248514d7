import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';
import { AssociationEntity } from './association.entity';

/**
 * A partnership agreement (partnerskabsaftale) between the municipality and an association: for how
 * long, what it covers and what each side commits to. Registered and ended by the municipality's
 * staff; the association reads its own.
 */
@Entity('partnership_agreement')
@Index(['municipalityId', 'associationId', 'startsOn'])
export class PartnershipAgreementEntity extends TenantEntity {
  @Column({ type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id' })
  association?: AssociationEntity;

  /** First day of the agreement (ISO date). */
  @Column({ type: 'date' })
  startsOn!: string;

  /** Last day of the agreement (ISO date); null while it runs until further notice. */
  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  /** What the agreement covers, e.g. trial memberships in football for adults. */
  @Column({ type: 'text' })
  scope!: string;

  /** What the association and the municipality commit to. */
  @Column({ type: 'text' })
  commitments!: string;

  @Column({ type: 'uuid' })
  registeredBy!: string;
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
