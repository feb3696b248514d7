import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One counter per throttled subject (see AuthThrottle): failed sign-ins per account + client, per
 * client and per account, and reset emails per address. Updated under a row lock, so concurrent
 * requests for one subject take turns. Not tenant data (no row-level security): the subjects are
 * email and network addresses, known before any tenant is.
 */
@Entity('auth_throttle')
@Index(['lastAt'])
export class AuthThrottleEntity {
  /** e.g. `sign-in:account-client:<email> <ip>`, `sign-in:client:<ip>`, `reset:<email>`. */
  @PrimaryColumn({ type: 'text' })
  subject!: string;

  /** Events counted since `firstAt` (failed or reserved sign-ins, reset emails). */
  @Column({ type: 'integer', default: 0 })
  count!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  firstAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastAt!: Date;

  /** The subject may try again from this moment on. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAllowedAt!: Date;

  /** Account + client only: when this client last signed in to the account with the right password. */
  @Column({ type: 'timestamptz', nullable: true })
  knownAt!: Date | null;
}
