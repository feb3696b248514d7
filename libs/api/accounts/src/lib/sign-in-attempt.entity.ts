import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, counted per account and per address for rate limiting; pruned when old. */
@Entity('sign_in_attempt')
@Index(['subject', 'attemptedAt'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `email:<address>` or `ip:<address>`. */
  @Column({ type: 'text' })
  subject!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  attemptedAt!: Date;
}
