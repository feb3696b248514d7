import { hashPassword } from '@brobygger/api/accounts';

/** The password of every account the factories create (long enough, not a common one). */
export const TEST_PASSWORD = 'Prøve-adgangskode-2026';

const hashes = new Map<string, Promise<string>>();

/**
 * The argon2 hash of a password, computed once per test file (Jest loads this module per file):
 * argon2 is slow on purpose, and a file may create dozens of accounts with the same password.
 */
export function passwordHashFor(password: string = TEST_PASSWORD): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}
