import { availableParallelism } from 'node:os';
import { argon2id, hash, verify } from 'argon2';
import { MIN_PASSWORD_LENGTH } from '@brobygger/shared/rules';
import { AccountsErrorReason } from './accounts.errors';
import { COMMON_PASSWORDS } from './common-passwords';

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = { type: argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/** Runs at most `max` pieces of work at once; the rest wait their turn, in order. */
export class Semaphore {
  private readonly queue: (() => void)[] = [];
  private active = 0;

  constructor(readonly max: number) {}

  get running(): number {
    return this.active;
  }

  get waiting(): number {
    return this.queue.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.active++;
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line (active stays the same), or frees up.
      const next = this.queue.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/**
 * At most this many argon2 computations run at once: one per CPU core but one, which stays free
 * for the event loop (every other request, and the embedded database, run there). The rest wait
 * their turn, holding no database connection (callers never hash inside a transaction).
 */
export const MAX_CONCURRENT_HASHING = Math.max(1, availableParallelism() - 1);
const hashing = new Semaphore(MAX_CONCURRENT_HASHING);

/** Figures for tests and benchmarks: how many computations started, are running, are waiting. */
export const hashingStats = {
  started: 0,
  get running(): number {
    return hashing.running;
  },
  get waiting(): number {
    return hashing.waiting;
  },
};

function bounded<T>(work: () => Promise<T>): Promise<T> {
  return hashing.run(() => {
    hashingStats.started++;
    return work();
  });
}

export function hashPassword(password: string): Promise<string> {
  return bounded(() => hash(password, ARGON2_OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await bounded(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so a response's speed does not tell whether an email exists. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}

export const MAX_PASSWORD_LENGTH = 256;

/** What is wrong with a password: the reason, its message and the numbers in it. */
export interface PasswordProblem {
  reason: AccountsErrorReason;
  message: string;
  details?: Record<string, number>;
}

/** Why the password is not good enough, or null when it is. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      reason: AccountsErrorReason.PASSWORD_TOO_SHORT,
      message: `must be at least ${MIN_PASSWORD_LENGTH} characters long`,
      details: { min: MIN_PASSWORD_LENGTH },
    };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return {
      reason: AccountsErrorReason.PASSWORD_TOO_LONG,
      message: `must be at most ${MAX_PASSWORD_LENGTH} characters long`,
      details: { max: MAX_PASSWORD_LENGTH },
    };
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) {
    return {
      reason: AccountsErrorReason.PASSWORD_COMMON,
      message: 'is one of the most common passwords; choose another',
    };
  }
  if (email && lower === email.toLowerCase()) {
    return { reason: AccountsErrorReason.PASSWORD_IS_EMAIL, message: 'must not be your email address' };
  }
  if (/^(.)\1+$/.test(password)) {
    return { reason: AccountsErrorReason.PASSWORD_REPEATED, message: 'must not be one character repeated' };
  }
  return null;
}
