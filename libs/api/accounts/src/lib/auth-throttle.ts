import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { DomainError } from '@brobygger/api/util';
import { AccountsErrorReason } from './accounts.errors';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Sign-in policy: growing delays rather than a hard lock-out. Every key allows `free` failures;
 * from then on each failure makes the key wait 30 s, 1 min, 2 min, … up to 15 min before the next
 * try. A key's count starts over after `quietMs` without a failure.
 *
 * - account + client (email and client address): the main brake on guessing one account's
 *   password. A success from that client clears it and marks the client as known to the account.
 * - client (address), across accounts: one address guessing many accounts. Not cleared by a
 *   success (an attacker's own account must not wipe it); a success only takes back its own count.
 * - account (email), across clients: many addresses guessing one account. It slows every client
 *   that has never signed in to the account, but NOT a client known to it (one that signed in
 *   with the right password within 30 days): so nobody can lock a coordinator out of the
 *   account from their usual place by typing wrong passwords for them from elsewhere. A real user
 *   on a new address during such an attack is slowed (at most 15 min between tries), not shut out.
 *
 * Unknown emails are counted exactly like real ones: the answers never tell which emails exist.
 */
export const SIGN_IN_POLICY = {
  accountClient: { free: 5, quietMs: 24 * HOUR },
  client: { free: 20, quietMs: HOUR },
  account: { free: 20, quietMs: 24 * HOUR },
} as const;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * MINUTE;
/** A known client stays known this long after its last successful sign-in. */
const KNOWN_CLIENT_DAYS = 30;

/** Reset emails per address: at most this many per hour; beyond, the same answer but no email. */
export const RESET_EMAILS_PER_HOUR = 3;

/** How long a key must wait after its `count`th failure. */
export function signInDelayMs(count: number, free: number): number {
  return count < free ? 0 : Math.min(FIRST_DELAY_MS * 2 ** (count - free), MAX_DELAY_MS);
}

export const PRUNE_EVERY_MS = 10 * MINUTE;

interface Row {
  subject: string;
  count: number;
  firstAt: Date;
  lastAt: Date;
  nextAllowedAt: Date;
  knownAt: Date | null;
  now: Date;
}

export function signInSubjects(email: string, ip: string) {
  return {
    accountClient: `sign-in:account-client:${email} ${ip}`,
    client: `sign-in:client:${ip}`,
    account: `sign-in:account:${email}`,
  };
}

/**
 * Atomic counters in PostgreSQL (table auth_throttle), so every api instance sees the same counts
 * and concurrent requests cannot slip past a limit: each request locks its subjects' rows
 * (INSERT … ON CONFLICT DO UPDATE, in sorted order, so two requests never wait on each other in a
 * circle) and reserves its attempt BEFORE the password is checked. 100 simultaneous guesses thus
 * queue on the row: the first five get their check, the rest are refused unchecked.
 */
@Injectable()
export class AuthThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Reserves a sign-in attempt for email + client address, counted as a failure until
   * `signInSucceeded` takes it back, then runs `work` (e.g. reading the account) in the same short
   * transaction. Throws TOO_MANY_REQUESTS, with retryAfterSeconds and retryAt, while a key waits.
   */
  async reserveSignIn<T>(email: string, ip: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const subjects = signInSubjects(email, ip);
    return inTenantTransaction(this.dataSource, null, async (manager) => {
      const rows = await lockRows(manager, Object.values(subjects));
      const accountClient = rows.get(subjects.accountClient) as Row;
      const client = rows.get(subjects.client) as Row;
      const account = rows.get(subjects.account) as Row;
      // The clock once every row is locked (not now(), the transaction's start: a transaction that
      // waited for the lock would see the moment before the one it waited for).
      const now = new Date(Math.max(...[...rows.values()].map((row) => row.now.getTime())));
      const known =
        accountClient.knownAt !== null &&
        now.getTime() - accountClient.knownAt.getTime() < KNOWN_CLIENT_DAYS * 24 * HOUR;
      const waiting = [accountClient, client, ...(known ? [] : [account])].filter((row) => row.nextAllowedAt > now);
      if (waiting.length > 0) {
        throw tooManySignIns(new Date(Math.max(...waiting.map((row) => row.nextAllowedAt.getTime()))), now);
      }
      const updates = (
        [
          [accountClient, SIGN_IN_POLICY.accountClient],
          [client, SIGN_IN_POLICY.client],
          [account, SIGN_IN_POLICY.account],
        ] as const
      ).map(([row, policy]) => {
        const quiet = row.count === 0 || now.getTime() - row.lastAt.getTime() > policy.quietMs;
        const count = quiet ? 1 : row.count + 1;
        return { subject: row.subject, count, quiet, delaySeconds: signInDelayMs(count, policy.free) / 1000 };
      });
      await manager.query(
        `UPDATE auth_throttle t
            SET "count" = v.count, first_at = CASE WHEN v.quiet THEN $5 ELSE t.first_at END, last_at = $5,
                next_allowed_at = $5::timestamptz + make_interval(secs => v.delay)
           FROM unnest($1::text[], $2::int[], $3::boolean[], $4::float8[]) AS v(subject, count, quiet, delay)
          WHERE t.subject = v.subject`,
        [
          updates.map((u) => u.subject),
          updates.map((u) => u.count),
          updates.map((u) => u.quiet),
          updates.map((u) => u.delaySeconds),
          now,
        ],
      );
      return work(manager);
    });
  }

  /** The password was right: clears the account + client key, marks the client known, takes back the reservation. */
  async signInSucceeded(manager: EntityManager, email: string, ip: string): Promise<void> {
    const subjects = signInSubjects(email, ip);
    await manager.query(
      `UPDATE auth_throttle SET "count" = 0, next_allowed_at = now(), known_at = now() WHERE subject = $1`,
      [subjects.accountClient],
    );
    await manager.query(`UPDATE auth_throttle SET "count" = greatest("count" - 1, 0) WHERE subject = ANY($1::text[])`, [
      [subjects.client, subjects.account],
    ]);
  }

  /** Counts a reset email to the address; false once the hour's allowance is spent. */
  async allowResetEmail(manager: EntityManager, email: string): Promise<boolean> {
    const subject = `reset:${email}`;
    const row = (await lockRows(manager, [subject])).get(subject) as Row;
    const fresh = row.count === 0 || row.now.getTime() - row.firstAt.getTime() >= HOUR;
    const count = fresh ? 1 : row.count + 1;
    await manager.query(
      `UPDATE auth_throttle SET "count" = $2, first_at = CASE WHEN $3 THEN $4 ELSE first_at END, last_at = $4 WHERE subject = $1`,
      [subject, count, fresh, row.now],
    );
    return count <= RESET_EMAILS_PER_HOUR;
  }

  /**
   * Removes counters that no longer matter: quiet for a day (longer than any policy's quiet
   * period or the reset window), not waiting, and not a client known within 30 days. The table is
   * not tenant data, so one statement serves every municipality. `AuthThrottleJobs` runs it at start
   * and every 10 minutes.
   */
  async prune(): Promise<number> {
    return inTenantTransaction(this.dataSource, null, async (manager) => {
      const [, affected]: [unknown, number] = await manager.query(
        `DELETE FROM auth_throttle
          WHERE last_at < now() - interval '24 hours' AND next_allowed_at < now()
            AND (known_at IS NULL OR known_at < now() - make_interval(days => $1))`,
        [KNOWN_CLIENT_DAYS],
      );
      return affected;
    });
  }
}

/** Creates missing rows and locks all, one by one in sorted order; each answered with the database's clock. */
async function lockRows(manager: EntityManager, subjects: string[]): Promise<Map<string, Row>> {
  const rows = new Map<string, Row>();
  for (const subject of [...subjects].sort()) {
    const [row]: Row[] = await manager.query(
      `INSERT INTO auth_throttle (subject) VALUES ($1)
         ON CONFLICT (subject) DO UPDATE SET subject = excluded.subject
       RETURNING subject, "count", first_at AS "firstAt", last_at AS "lastAt", next_allowed_at AS "nextAllowedAt",
                 known_at AS "knownAt", clock_timestamp() AS now`,
      [subject],
    );
    rows.set(subject, row);
  }
  return rows;
}

function tooManySignIns(retryAt: Date, now: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  return new DomainError(
    'TOO_MANY_REQUESTS',
    AccountsErrorReason.TOO_MANY_SIGN_INS,
    `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s), at ${retryAt.toISOString()}.`,
    undefined,
    { retryAfterSeconds: seconds, retryAt: retryAt.toISOString() },
  );
}
