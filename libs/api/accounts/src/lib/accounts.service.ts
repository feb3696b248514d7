import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { TENANT_SETTING, inTenantTransaction } from '@brobygger/api/database';
import { DomainError, type Role, type SignedInAccount, UUID, badInput } from '@brobygger/api/util';
import { AccountEntity, AccountRoleEntity } from './account.entity';
import type { AssociationRepresentation } from './association-representation';
import { AccountTokenEntity, type TokenPurpose } from './account-token.entity';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { MailService } from './mail.service';
import { hashPassword, passwordProblem, verifyAgainstNothing, verifyPassword } from './passwords';
import { SessionsService, toSignedIn } from './sessions.service';
import { SignInLimiter } from './sign-in-limiter';
import { hashSecretToken, newSecretToken } from './tokens';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOUR = 3_600_000;

/** The languages our emails are written in. */
export const EMAIL_LANGUAGES = ['da', 'en', 'ar'] as const;

export function emailLanguage(value: string): string {
  if (!(EMAIL_LANGUAGES as readonly string[]).includes(value)) {
    badInput('preferredLanguage', `must be one of ${EMAIL_LANGUAGES.join(', ')}`);
  }
  return value;
}

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

export interface InvitationInput {
  email: string;
  displayName: string;
  role: Role;
  preferredLanguage: string;
  /** Required for an association representative: the association they will represent. */
  associationId?: string | null;
}

/** An invitation nobody has accepted yet, and that has not expired. */
export interface PendingInvitation {
  /** The invitation link's id (never the secret token). */
  id: string;
  email: string;
  displayName: string;
  role: Role;
  associationId: string | null;
  associationName: string | null;
  invitedAt: Date;
  expiresAt: Date;
}

export interface SignedInResult {
  account: SignedInAccount;
  sessionToken: string;
  sessionExpiresAt: Date;
}

@Injectable()
export class AccountsService {
  private representation: AssociationRepresentation | null = null;

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
      const { token } = await this.issueToken(manager, account.id, 'confirm-email', 48 * HOUR);
      await this.mail.enqueue(manager, [
        {
          municipalityId,
          to: email,
          language: account.preferredLanguage,
          template: 'confirm-email',
          params: { name: displayName, link: `${this.options.publicUrl}/bekraeft-email?token=${token}` },
        },
      ]);
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
      const { token } = await this.issueToken(manager, account.id, 'reset-password', HOUR);
      await this.mail.enqueue(manager, [
        {
          municipalityId: account.municipalityId,
          to: account.email,
          language: account.preferredLanguage,
          template: 'reset-password',
          params: { name: account.displayName, link: `${this.options.publicUrl}/nulstil-adgangskode?token=${token}` },
        },
      ]);
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

  /** The associations domain plugs in here when the app starts (see AssociationRepresentation). */
  useAssociationRepresentation(representation: AssociationRepresentation): void {
    this.representation = representation;
  }

  private get associations(): AssociationRepresentation {
    if (!this.representation) throw new Error('The associations domain has not plugged in its representation.');
    return this.representation;
  }

  async invite(by: SignedInAccount, input: InvitationInput): Promise<PendingInvitation> {
    return inTenantTransaction(this.dataSource, by.municipalityId, (manager) => this.inviteWithin(manager, by, input));
  }

  /**
   * Invites in the caller's transaction, whose tenant is the inviter's municipality (registering an
   * association invites its first representative in the same transaction). An association
   * representative is always invited for one association of that municipality.
   */
  async inviteWithin(manager: EntityManager, by: SignedInAccount, input: InvitationInput): Promise<PendingInvitation> {
    if (!by.roles.some((role) => MAY_INVITE[role].includes(input.role))) {
      throw new DomainError('FORBIDDEN', `You may not invite someone as ${input.role}.`, 'role');
    }
    const email = normaliseEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) badInput('displayName', 'enter the person’s name');
    const preferredLanguage = emailLanguage(input.preferredLanguage);
    const associationId = input.associationId?.trim() || null;
    let associationName: string | null = null;
    if (input.role === 'association-representative') {
      if (!associationId) badInput('associationId', 'choose the association the person will represent');
      if (!UUID.test(associationId)) badInput('associationId', 'not a valid id');
      associationName = await this.associations.nameOf(manager, associationId);
    } else if (associationId) {
      badInput('associationId', 'only an association representative is invited for an association');
    }
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
        preferredLanguage,
      }),
    );
    const issued = await this.issueToken(manager, account.id, 'invitation', this.options.invitationDays * 24 * HOUR, {
      role: input.role,
      associationId,
    });
    await this.mail.enqueue(manager, [
      {
        municipalityId: by.municipalityId,
        to: email,
        language: account.preferredLanguage,
        template: 'invitation',
        params: {
          name: displayName,
          link: `${this.options.publicUrl}/invitation?token=${issued.token}`,
          days: this.options.invitationDays,
          ...(associationName ? { association: associationName } : {}),
        },
      },
    ]);
    return {
      id: issued.id,
      email,
      displayName: account.displayName,
      role: input.role,
      associationId,
      associationName,
      invitedAt: issued.createdAt,
      expiresAt: issued.expiresAt,
    };
  }

  /** Invitations of the municipality not yet accepted nor expired, of the roles the caller may invite. */
  async pendingInvitations(by: SignedInAccount): Promise<PendingInvitation[]> {
    const roles = [...new Set(by.roles.flatMap((role) => MAY_INVITE[role]))];
    if (roles.length === 0) return [];
    return inTenantTransaction(this.dataSource, by.municipalityId, async (manager) => {
      // Accounts and their tokens have no row-level security: the municipality is named explicitly.
      const rows: Omit<PendingInvitation, 'associationName'>[] = await manager.query(
        `SELECT t.id, a.email, a.display_name AS "displayName", t.role, t.association_id AS "associationId",
                t.created_at AS "invitedAt", t.expires_at AS "expiresAt"
           FROM account_token t JOIN account a ON a.id = t.account_id
          WHERE a.municipality_id = $1 AND t.purpose = 'invitation' AND t.used_at IS NULL
            AND t.expires_at > now() AND t.role = ANY($2::text[])
          ORDER BY t.created_at DESC, t.id
          LIMIT 500`,
        [by.municipalityId, roles],
      );
      const associationIds = [...new Set(rows.flatMap((row) => (row.associationId ? [row.associationId] : [])))];
      const names = associationIds.length ? await this.associations.namesOf(manager, associationIds) : new Map();
      return rows.map((row) => ({
        ...row,
        associationName: row.associationId ? (names.get(row.associationId) ?? null) : null,
      }));
    });
  }

  /**
   * The invited person chooses a password and gets the role; the address is confirmed by the link.
   * An association representative is linked to the association in the same transaction.
   * Returns the role, so the page can send them on to where that role works.
   */
  async acceptInvitation(token: string, password: string): Promise<Role> {
    return inTenantTransaction(this.dataSource, null, async (manager) => {
      const found = await this.useToken(manager, token, 'invitation');
      const account = await manager.findOneByOrFail(AccountEntity, { id: found.accountId });
      assertPassword(password, account.email);
      if (!found.role) throw new Error(`Invitation ${found.id} has no role`);
      await manager.update(
        AccountEntity,
        { id: account.id },
        { passwordHash: await hashPassword(password), emailConfirmedAt: account.emailConfirmedAt ?? new Date() },
      );
      await this.grantRole(manager, account.id, found.role);
      if (found.associationId) {
        // The link is a tenant row: from here on this transaction acts for the account's municipality.
        await manager.query(`SELECT set_config('${TENANT_SETTING}', $1, true)`, [account.municipalityId]);
        await this.associations.link(manager, {
          municipalityId: account.municipalityId,
          associationId: found.associationId,
          accountId: account.id,
        });
      }
      return found.role;
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
    invitation: { role: Role; associationId: string | null } | null = null,
  ): Promise<{ token: string; id: string; createdAt: Date; expiresAt: Date }> {
    const { token, hash } = newSecretToken();
    const createdAt = new Date();
    const expiresAt = new Date(createdAt.getTime() + validForMs);
    const saved = await manager.save(
      manager.create(AccountTokenEntity, {
        tokenHash: hash,
        accountId,
        purpose,
        role: invitation?.role ?? null,
        associationId: invitation?.associationId ?? null,
        expiresAt,
        usedAt: null,
      }),
    );
    return { token, id: saved.id, createdAt: saved.createdAt ?? createdAt, expiresAt };
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
