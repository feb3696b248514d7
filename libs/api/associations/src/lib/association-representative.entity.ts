import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';
import { AccountEntity } from '@brobygger/api/accounts';
import { AssociationEntity } from './association.entity';

/** An account that represents an association: may keep its profile and publish its offers. */
@Entity('association_representative')
@Unique(['associationId', 'accountId'])
export class AssociationRepresentativeEntity extends TenantEntity {
  @Column({ type: 'uuid' })
  associationId!: string;

  @ManyToOne(() => AssociationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'association_id' })
  association?: AssociationEntity;

  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
}
