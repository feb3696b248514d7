import { type EntityManager, LessThan, MoreThan } from 'typeorm';
import { DomainError } from '@brobygger/api/util';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

export const SIGN_IN_WINDOW_MINUTES = 15;
/** Failed attempts allowed per email address, and per client address, within the window. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Counts failed sign-ins in PostgreSQL, so every api instance sees the same counts. The email is
 * counted whether or not an account has it: the answer never reveals which emails exist.
 */
export class SignInLimiter {
  constructor(private readonly manager: EntityManager) {}

  async assertAllowed(email: string, ip: string, now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
    for (const [subject, limit] of [
      [`email:${email}`, MAX_FAILURES_PER_ACCOUNT],
      [`ip:${ip}`, MAX_FAILURES_PER_ADDRESS],
    ] as const) {
      const failures = await this.manager.find(SignInAttemptEntity, {
        where: { subject, attemptedAt: MoreThan(since) },
        order: { attemptedAt: 'ASC' },
        take: limit,
      });
      if (failures.length >= limit) {
        const oldest = failures[0]?.attemptedAt ?? now;
        const retryAt = new Date(oldest.getTime() + SIGN_IN_WINDOW_MINUTES * 60_000);
        const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
        throw new DomainError(
          'TOO_MANY_REQUESTS',
          `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s), at ${retryAt.toISOString()}.`,
          undefined,
          { retryAfterSeconds: seconds, retryAt: retryAt.toISOString() },
        );
      }
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.manager.insert(SignInAttemptEntity, [{ subject: `email:${email}` }, { subject: `ip:${ip}` }]);
  }

  async clear(email: string): Promise<void> {
    await this.manager.delete(SignInAttemptEntity, { subject: `email:${email}` });
  }

  /** Housekeeping: attempts older than the window no longer count. */
  async prune(now = new Date()): Promise<void> {
    await this.manager.delete(SignInAttemptEntity, {
      attemptedAt: LessThan(new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000)),
    });
  }
}
