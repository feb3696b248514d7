import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AccountEntity } from '@brobygger/api/accounts';
import { AssociationEntity } from './association.entity';

/** An account that represents an association: may keep its profile and publish its offers. */
@Entity('association_representative')
@Unique(['associationId', 'accountId'])
export class AssociationRepresentativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
