import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { DomainError, type Role, type SignedInAccount } from '@brobygger/api/util';
import { AccountEntity, AccountRoleEntity } from './account.entity';
import { AccountTokenEntity, type TokenPurpose } from './account-token.entity';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { MailService } from './mail.service';
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from './passwords';
import { SessionsService, toSignedIn } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';
import { hashSecretToken, newSecretToken } from './tokens';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOUR = 3_600_000;

/** Who may invite whom: administrators anyone; coordinators the associations' representatives. */
export const MAY_INVITE: Record<Role, readonly Role[]> = {
  administrator: ['administrator', 'coordinator', 'association-representative'],
  coordinator: ['association-representative'],
  volunteer: [],
  'association-representative': [],
};

export function normaliseEmail(email: string): string {
  const normalised = email.trim().toLowerCase();
  if (!EMAIL.test(normalised) || normalised.length > 254) {
    throw new DomainError('BAD_USER_INPUT', 'email: enter a valid email address, e.g. name@example.dk', 'email');
  }
  return normalised;
}

function assertPassword(password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new DomainError('BAD_USER_INPUT', `password: ${problem}`, 'password');
}

export interface SignedInResult {
  account: SignedInAccount;
  sessionToken: string;
  sessionExpiresAt: Date;
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
  ) {}

  /** A volunteer signs up; the account works once the emailed link confirms the address. */
  async signUpVolunteer(
    input: { email: string; password: string; displayName: string; preferredLanguage: string },
    municipalityId: string | null,
  ): Promise<void> {
    if (!municipalityId) throw new DomainError('BAD_USER_INPUT', 'This site has no municipality set up yet.');
    const email = normaliseEmail(input.email);
    assertPassword(input.password, email);
    const displayName = input.displayName.trim();
    if (!displayName) throw new DomainError('BAD_USER_INPUT', 'displayName: enter your name', 'displayName');
    const passwordHash = await hashPassword(input.password);
    await inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const existing = await manager.findOne(AccountEntity, { where: { email } });
      if (existing) {
        // Same answer as a new sign-up: whether an email is registered stays private.
        return;
      }
      const account = await manager.save(
        manager.create(AccountEntity, {
          municipalityId,
          email,
          displayName,
          passwordHash,
          emailConfirmedAt: null,
          preferredLanguage: input.preferredLanguage,
        }),
      );
      await manager.insert(AccountRoleEntity, { accountId: account.id, role: 'volunteer' });
      const token = await this.issueToken(manager, account.id, 'confirm-email', 48 * HOUR);
      await this.mail.send(manager, {
        municipalityId,
        to: email,
        language: account.preferredLanguage,
        template: 'confirm-email',
        params: { name: displayName, link: `${this.options.publicUrl}/bekraeft-email?token=${token}` },
      });
    });
  }

  async confirmEmail(token: string): Promise<void> {
    await inTenantTransaction(this.dataSource, null, async (manager) => {
      const found = await this.useToken(manager, token, 'confirm-email');
      await manager.update(AccountEntity, { id: found.accountId }, { emailConfirmedAt: new Date() });
    });
  }

  async signIn(emailInput: string, password: string, ip: string): Promise<SignedInResult> {
    const email = normaliseEmail(emailInput);
    const outcome = await inTenantTransaction(this.dataSource, null, async (manager) => {
      const limiter = new SignInLimiter(manager);
      await limiter.assertAllowed(email, ip);
      const account = await manager.findOne(AccountEntity, { where: { email }, relations: { roles: true } });
      const valid = account?.passwordHash
        ? await verifyPassword(account.passwordHash, password)
        : await verifyAgainstNothing(password);
      if (!account || !valid) return { failed: true as const };
      if (!account.emailConfirmedAt) {
        throw new DomainError('FORBIDDEN', 'Confirm your email address first: open the link we emailed you.');
      }
      await limiter.clear(email);
      const session = await this.sessions.start(manager, account.id);
      return {
        failed: false as const,
        result: {
          account: toSignedIn(account, session.id),
          sessionToken: session.token,
          sessionExpiresAt: session.expiresAt,
        },
      };
    });
    if (outcome.failed) {
      // Committed on its own: the failure must count even though this request fails.
      await inTenantTransaction(this.dataSource, null, (manager) =>
        new SignInLimiter(manager).recordFailure(email, ip),
      );
      throw new DomainError('UNAUTHENTICATED', 'The email or the password is not right.');
    }
    return outcome.result;
  }

  async signOutEverywhere(account: SignedInAccount): Promise<number> {
    return inTenantTransaction(this.dataSource, null, (manager) => this.sessions.revokeAll(manager, account.id));
  }

  /** Always answers the same; an email goes out only when the account exists. */
  async requestPasswordReset(emailInput: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    const account = await inTenantTransaction(this.dataSource, null, (manager) =>
      manager.findOne(AccountEntity, { where: { email } }),
    );
    if (!account) return;
    await inTenantTransaction(this.dataSource, account.municipalityId, async (manager) => {
      const token = await this.issueToken(manager, account.id, 'reset-password', HOUR);
      await this.mail.send(manager, {
        municipalityId: account.municipalityId,
        to: account.email,
        language: account.preferredLanguage,
        template: 'reset-password',
        params: { name: account.displayName, link: `${this.options.publicUrl}/nulstil-adgangskode?token=${token}` },
      });
    });
  }

  /** A new password ends every session: whoever knew the old one is signed out. */
  async resetPassword(token: string, password: string): Promise<void> {
    await inTenantTransaction(this.dataSource, null, async (manager) => {
      const found = await this.useToken(manager, token, 'reset-password');
      const account = await manager.findOneByOrFail(AccountEntity, { id: found.accountId });
      assertPassword(password, account.email);
      await manager.update(
        AccountEntity,
        { id: account.id },
        { passwordHash: await hashPassword(password), emailConfirmedAt: account.emailConfirmedAt ?? new Date() },
      );
      await this.sessions.revokeAll(manager, account.id);
    });
  }

  async invite(
    by: SignedInAccount,
    input: { email: string; displayName: string; role: Role; preferredLanguage: string },
  ): Promise<void> {
    if (!by.roles.some((role) => MAY_INVITE[role].includes(input.role))) {
      throw new DomainError('FORBIDDEN', `You may not invite someone as ${input.role}.`, 'role');
    }
    const email = normaliseEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) throw new DomainError('BAD_USER_INPUT', 'displayName: enter the person’s name', 'displayName');
    await inTenantTransaction(this.dataSource, by.municipalityId, async (manager) => {
      let account = await manager.findOne(AccountEntity, { where: { email } });
      if (account && account.municipalityId !== by.municipalityId) {
        throw new DomainError('CONFLICT', 'email: this address belongs to another municipality’s account', 'email');
      }
      account ??= await manager.save(
        manager.create(AccountEntity, {
          municipalityId: by.municipalityId,
          email,
          displayName,
          passwordHash: null,
          emailConfirmedAt: null,
          preferredLanguage: input.preferredLanguage,
        }),
      );
      const token = await this.issueToken(
        manager,
        account.id,
        'invitation',
        this.options.invitationDays * 24 * HOUR,
        input.role,
      );
      await this.mail.send(manager, {
        municipalityId: by.municipalityId,
        to: email,
        language: account.preferredLanguage,
        template: 'invitation',
        params: {
          name: displayName,
          link: `${this.options.publicUrl}/invitation?token=${token}`,
          days: this.options.invitationDays,
        },
      });
    });
  }

  /** The invited person chooses a password and gets the role; the address is confirmed by the link. */
  async acceptInvitation(token: string, password: string): Promise<void> {
    await inTenantTransaction(this.dataSource, null, async (manager) => {
      const found = await this.useToken(manager, token, 'invitation');
      const account = await manager.findOneByOrFail(AccountEntity, { id: found.accountId });
      assertPassword(password, account.email);
      await manager.update(
        AccountEntity,
        { id: account.id },
        { passwordHash: await hashPassword(password), emailConfirmedAt: account.emailConfirmedAt ?? new Date() },
      );
      if (found.role) await this.grantRole(manager, account.id, found.role);
    });
  }

  /** Granting a role renews the account's sessions: old cookies do not carry new rights. */
  async grantRole(manager: EntityManager, accountId: string, role: Role): Promise<void> {
    const has = await manager.findOne(AccountRoleEntity, { where: { accountId, role } });
    if (has) return;
    await manager.insert(AccountRoleEntity, { accountId, role });
    await this.sessions.revokeAll(manager, accountId);
  }

  private async issueToken(
    manager: EntityManager,
    accountId: string,
    purpose: TokenPurpose,
    validForMs: number,
    role: Role | null = null,
  ): Promise<string> {
    const { token, hash } = newSecretToken();
    await manager.insert(AccountTokenEntity, {
      tokenHash: hash,
      accountId,
      purpose,
      role,
      expiresAt: new Date(Date.now() + validForMs),
      usedAt: null,
    });
    return token;
  }

  private async useToken(manager: EntityManager, token: string, purpose: TokenPurpose): Promise<AccountTokenEntity> {
    const found = await manager.findOne(AccountTokenEntity, {
      where: { tokenHash: hashSecretToken(token), purpose, usedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!found)
      throw new DomainError('BAD_USER_INPUT', 'token: this link is not valid or has already been used', 'token');
    if (found.expiresAt < new Date()) {
      throw new DomainError('BAD_USER_INPUT', 'token: this link has expired; ask for a new one', 'token');
    }
    await manager.update(AccountTokenEntity, { id: found.id }, { usedAt: new Date() });
    return found;
  }
}
