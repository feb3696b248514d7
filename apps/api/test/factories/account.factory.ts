import { AccountEntity, AccountRoleEntity } from '@brobygger/api/accounts';
import type { Role } from '@brobygger/api/util';
import { type DatabaseWriter, managerOf, uniqueSuffix } from './database-writer';
import { TEST_PASSWORD, passwordHashFor } from './test-password';

export interface AccountOverrides {
  municipalityId: string;
  role?: Role;
  email?: string;
  displayName?: string;
  /** Default TEST_PASSWORD; null for an account that has not chosen one yet (an open invitation). */
  password?: string | null;
  emailConfirmedAt?: Date | null;
  preferredLanguage?: string;
}

export interface TestAccount {
  id: string;
  municipalityId: string;
  email: string;
  role: Role;
  password: string | null;
}

/** An account with one role, its email confirmed, written as the table owner. */
export async function createAccount(db: DatabaseWriter, overrides: AccountOverrides): Promise<TestAccount> {
  const manager = managerOf(db);
  const role = overrides.role ?? 'coordinator';
  const email = overrides.email ?? `${role}.${uniqueSuffix()}@test.brobygger.dk`;
  const password = overrides.password === undefined ? TEST_PASSWORD : overrides.password;
  const inserted = await manager.insert(AccountEntity, {
    municipalityId: overrides.municipalityId,
    email,
    displayName: overrides.displayName ?? email.split('@')[0] ?? email,
    passwordHash: password === null ? null : await passwordHashFor(password),
    emailConfirmedAt: overrides.emailConfirmedAt === undefined ? new Date() : overrides.emailConfirmedAt,
    preferredLanguage: overrides.preferredLanguage ?? 'da',
  });
  const id = String(inserted.identifiers[0]?.['id']);
  await manager.insert(AccountRoleEntity, { accountId: id, role });
  return { id, municipalityId: overrides.municipalityId, email, role, password };
}
