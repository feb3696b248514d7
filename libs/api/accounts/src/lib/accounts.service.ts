import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { TENANT_SETTING, inTenantTransaction } from '@brobygger/api/database';
import { MailService } from '@brobygger/api/mail';
import { DomainError, InputErrorReason, type Role, type SignedInAccount, UUID, badInput } from '@brobygger/api/util';
import type { EmailLanguage } from '@brobygger/shared/rules';
import { AccountsErrorReason } from './accounts.errors';
import { AccountEntity, AccountRoleEntity } from './account.entity';
import type { AssociationRepresentation } from './association-representation';
import { AccountTokenEntity, type TokenPurpose } from './account-token.entity';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { AuthThrottle } from './auth-throttle';
import {
  MAX_CONCURRENT_HASHING,
  Semaphore,
  hashPassword,
  passwordProblem,
  verifyAgainstNothing,
  verifyPassword,
} from './passwords';
import { SessionsService, toSignedIn } from './sessions.service';
import { hashSecretToken, newSecretToken } from './tokens';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOUR = 3_600_000;
/** Reset requests answered but not yet handled; beyond this (a flood) further ones are dropped, logged. */
const MAX_PENDING_RESETS = 1000;

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
    throw new DomainError(
      'BAD_USER_INPUT',
      AccountsErrorReason.EMAIL_INVALID,
      'email: enter a valid email address, e.g. name@example.dk',
      'email',
    );
  }
  return normalised;
}

function assertPassword(password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem) badInput('password', problem.reason, problem.message, problem.details);
}

export interface InvitationInput {
  email: string;
  displayName: string;
  role: Role;
  preferredLanguage: EmailLanguage;
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
export class AccountsService implements OnApplicationShutdown {
  private readonly logger = new Logger(AccountsService.name);
  private representation: AssociationRepresentation | null = null;
  /** Reset requests are handled one after another, after their answer (see requestPasswordReset). */
  private resets: Promise<void> = Promise.resolve();
  private pendingResets = 0;
  /**
   * Sign-ins in progress at once (their short transactions and password checks); a flood waits
   * here, in memory, rather than in the database pool's queue, where it would hold up every
   * other request (on the embedded database the pool has a single connection).
   */
  private readonly signIns = new Semaphore(2 * MAX_CONCURRENT_HASHING);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
    private readonly sessions: SessionsService,
    private readonly mail: MailService,
    private readonly throttle: AuthThrottle,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.resets;
  }

  /** A volunteer signs up; the account works once the emailed link confirms the address. */
  async signUpVolunteer(
    input: { email: string; password: string; displayName: string; preferredLanguage: EmailLanguage },
    municipalityId: string | null,
  ): Promise<void> {
    if (!municipalityId)
      throw new DomainError(
        'BAD_USER_INPUT',
        AccountsErrorReason.NO_MUNICIPALITY,
        'This site has no municipality set up yet.',
      );
    const email = normaliseEmail(input.email);
    assertPassword(input.password, email);
    const displayName = input.displayName.trim();
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
          params: { name: displayName, link: this.mail.link(`/bekraeft-email?token=${token}`) },
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

  /**
   * Three steps, so that argon2 never runs while a database connection is held, and concurrency
   * cannot get past the limits: (1) a short transaction reserves the attempt in the throttle
   * (counted as failed until proven right; refused at once while the account + client must wait)
   * and reads the account; (2) the password is checked with no transaction open; (3) if right, a
   * second short transaction takes the reservation back and starts the session.
   */
  async signIn(emailInput: string, password: string, ip: string): Promise<SignedInResult> {
    const email = normaliseEmail(emailInput);
    return this.signIns.run(() => this.signInNow(email, password, ip));
  }

  private async signInNow(email: string, password: string, ip: string): Promise<SignedInResult> {
    const account = await this.throttle.reserveSignIn(email, ip, (manager) =>
      manager.findOne(AccountEntity, { where: { email }, relations: { roles: true } }),
    );
    const valid = account?.passwordHash
      ? await verifyPassword(account.passwordHash, password)
      : await verifyAgainstNothing(password);
    const session =
      account && valid
        ? await inTenantTransaction(this.dataSource, null, async (manager) => {
            // The password may have been reset while it was being checked: then the old one no longer counts.
            const current = await manager.findOne(AccountEntity, {
              where: { id: account.id },
              lock: { mode: 'pessimistic_read' },
            });
            if (current?.passwordHash !== account.passwordHash) return 'changed' as const;
            await this.throttle.signInSucceeded(manager, email, ip);
            if (!account.emailConfirmedAt) return 'unconfirmed' as const;
            return this.sessions.start(manager, account.id);
          })
        : 'wrong';
    if (session === 'unconfirmed') {
      throw new DomainError(
        'FORBIDDEN',
        AccountsErrorReason.EMAIL_NOT_CONFIRMED,
        'Confirm your email address first: open the link we emailed you.',
      );
    }
    if (!account || typeof session === 'string') {
      // The reservation already counted this failure, in its own committed transaction.
      throw new DomainError(
        'UNAUTHENTICATED',
        AccountsErrorReason.WRONG_CREDENTIALS,
        'The email or the password is not right.',
      );
    }
    return {
      account: toSignedIn(account, session.id),
      sessionToken: session.token,
      sessionExpiresAt: session.expiresAt,
    };
  }

  async signOutEverywhere(account: SignedInAccount): Promise<number> {
    return inTenantTransaction(this.dataSource, null, (manager) => this.sessions.revokeAll(manager, account.id));
  }

  /**
   * Always answers the same, and at once: the work (the same for every address) happens after the
   * answer, so neither the answer nor its timing tells whether the address has an account. An
   * email goes out only when it has, and at most RESET_EMAILS_PER_HOUR per address.
   */
  async requestPasswordReset(emailInput: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    if (this.pendingResets >= MAX_PENDING_RESETS) {
      this.logger.warn(`Too many password reset requests waiting: the one for ${email} was dropped`);
      return;
    }
    this.pendingResets++;
    this.resets = this.resets
      .then(() => this.handlePasswordReset(email))
      .catch((error: unknown) => this.logger.error({ err: error }, 'A password reset request failed'))
      .finally(() => this.pendingResets--);
  }

  /** Resolves once every reset request answered so far has been handled (tests, shutdown). */
  async resetRequestsHandled(): Promise<void> {
    await this.resets;
  }

  /** The work behind a reset request, after its answer: counts the request, then emails a link if allowed. */
  async handlePasswordReset(email: string): Promise<void> {
    await inTenantTransaction(this.dataSource, null, async (manager) => {
      const allowed = await this.throttle.allowResetEmail(manager, email);
      const account = await manager.findOne(AccountEntity, { where: { email } });
      if (!account || !allowed) return;
      // The outbox is a tenant table: from here on this transaction acts for the account's municipality.
      await manager.query(`SELECT set_config('${TENANT_SETTING}', $1, true)`, [account.municipalityId]);
      const { token } = await this.issueToken(manager, account.id, 'reset-password', HOUR);
      await this.mail.enqueue(manager, [
        {
          municipalityId: account.municipalityId,
          to: account.email,
          language: account.preferredLanguage,
          template: 'reset-password',
          params: { name: account.displayName, link: this.mail.link(`/nulstil-adgangskode?token=${token}`) },
        },
      ]);
    });
  }

  /**
   * A new password ends every session (whoever knew the old one is signed out) and every other
   * reset link of the account. The link and the password are checked first, the password hashed
   * with no transaction open, then the link is used and the password set in one short transaction.
   */
  async resetPassword(token: string, password: string): Promise<void> {
    const email = await inTenantTransaction(this.dataSource, null, async (manager) => {
      const found = await this.usableToken(manager, token, 'reset-password');
      return (await manager.findOneByOrFail(AccountEntity, { id: found.accountId })).email;
    });
    assertPassword(password, email);
    const passwordHash = await hashPassword(password);
    await inTenantTransaction(this.dataSource, null, async (manager) => {
      const found = await this.useToken(manager, token, 'reset-password');
      const account = await manager.findOneByOrFail(AccountEntity, { id: found.accountId });
      await manager.update(
        AccountEntity,
        { id: account.id },
        { passwordHash, emailConfirmedAt: account.emailConfirmedAt ?? new Date() },
      );
      await manager.update(
        AccountTokenEntity,
        { accountId: account.id, purpose: 'reset-password', usedAt: IsNull() },
        { usedAt: new Date() },
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
      throw new DomainError(
        'FORBIDDEN',
        AccountsErrorReason.INVITE_ROLE_NOT_ALLOWED,
        `You may not invite someone as ${input.role}.`,
        'role',
        { role: input.role },
      );
    }
    const email = normaliseEmail(input.email);
    const displayName = input.displayName.trim();
    const preferredLanguage = input.preferredLanguage;
    const associationId = input.associationId?.trim() || null;
    let associationName: string | null = null;
    if (input.role === 'association-representative') {
      if (!associationId)
        badInput('associationId', InputErrorReason.REQUIRED, 'choose the association the person will represent');
      if (!UUID.test(associationId)) badInput('associationId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
      associationName = await this.associations.nameOf(manager, associationId);
    } else if (associationId) {
      badInput(
        'associationId',
        InputErrorReason.NOT_ALLOWED_VALUE,
        'only an association representative is invited for an association',
      );
    }
    let account = await manager.findOne(AccountEntity, { where: { email } });
    if (account && account.municipalityId !== by.municipalityId) {
      throw new DomainError(
        'CONFLICT',
        AccountsErrorReason.EMAIL_IN_OTHER_MUNICIPALITY,
        'email: this address belongs to another municipality’s account',
        'email',
      );
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
          link: this.mail.link(`/invitation?token=${issued.token}`),
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
    // The link and the password are checked first, the password hashed with no transaction open.
    const email = await inTenantTransaction(this.dataSource, null, async (manager) => {
      const found = await this.usableToken(manager, token, 'invitation');
      return (await manager.findOneByOrFail(AccountEntity, { id: found.accountId })).email;
    });
    assertPassword(password, email);
    const passwordHash = await hashPassword(password);
    return inTenantTransaction(this.dataSource, null, async (manager) => {
      const found = await this.useToken(manager, token, 'invitation');
      const account = await manager.findOneByOrFail(AccountEntity, { id: found.accountId });
      if (!found.role) throw new Error(`Invitation ${found.id} has no role`);
      await manager.update(
        AccountEntity,
        { id: account.id },
        { passwordHash, emailConfirmedAt: account.emailConfirmedAt ?? new Date() },
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

  /** Uses up a link: locks its row, checks it, marks it used. */
  private async useToken(manager: EntityManager, token: string, purpose: TokenPurpose): Promise<AccountTokenEntity> {
    const found = await this.usableToken(manager, token, purpose, true);
    await manager.update(AccountTokenEntity, { id: found.id }, { usedAt: new Date() });
    return found;
  }

  /** The link's row if it is unused and unexpired, else BAD_USER_INPUT naming `token`. */
  private async usableToken(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
    lock = false,
  ): Promise<AccountTokenEntity> {
    const found = await manager.findOne(AccountTokenEntity, {
      where: { tokenHash: hashSecretToken(token), purpose, usedAt: IsNull() },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!found) badInput('token', AccountsErrorReason.TOKEN_INVALID, 'this link is not valid or has already been used');
    if (found.expiresAt < new Date()) {
      badInput('token', AccountsErrorReason.TOKEN_EXPIRED, 'this link has expired; ask for a new one');
    }
    return found;
  }
}
