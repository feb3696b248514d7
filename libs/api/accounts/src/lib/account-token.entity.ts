import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@brobygger/api/util';
import { AccountEntity } from './account.entity';

export const TOKEN_PURPOSES = ['confirm-email', 'reset-password', 'invitation'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** A single-use link sent by email: confirm an address, reset a password, accept an invitation. */
@Entity('account_token')
export class AccountTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ type: 'text' })
  purpose!: TokenPurpose;

  /** For invitations: the role the invited person will hold. */
  @Column({ type: 'text', nullable: true })
  role!: Role | null;

  /**
   * For an invitation to represent an association: which one. No foreign key, since accounts do not
   * know the associations domain; it checks the association when inviting and links on acceptance.
   */
  @Column({ type: 'uuid', nullable: true })
  associationId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
