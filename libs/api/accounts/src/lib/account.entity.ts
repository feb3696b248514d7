import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TenantEntity } from '@brobygger/api/database';
import { MunicipalityEntity } from '@brobygger/api/reference-data';
import type { Role } from '@brobygger/api/util';

/**
 * A person who signs in. Identity, not case data: looked up by email before the tenant is known,
 * so it has no row-level security; it is never exposed except through the account's own views.
 */
@Entity('account')
export class AccountEntity extends TenantEntity {
  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: MunicipalityEntity;

  /** Stored lower-cased; unique. */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /** argon2id; null until an invited person chooses a password. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt!: Date | null;

  /** Language of the emails we send, e.g. da, en, ar. */
  @Column({ type: 'text', default: 'da' })
  preferredLanguage!: string;

  @OneToMany(() => AccountRoleEntity, (role) => role.account)
  roles?: AccountRoleEntity[];
}

/** One role an account holds; a person may hold several (a volunteer who also represents a club). */
@Entity('account_role')
export class AccountRoleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => AccountEntity, (account) => account.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;

  @Column({ type: 'text' })
  role!: Role;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt!: Date;
}
