import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import type { SignedInAccount } from '@brobygger/api/util';
import { AccountEntity } from './account.entity';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { SessionEntity } from './session.entity';
import { hashSecretToken, newSecretToken } from './tokens';

const MINUTE = 60_000;

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
  ) {}

  /** A new session (and so a new cookie value) for the account: on every sign-in. */
  async start(
    manager: EntityManager,
    accountId: string,
    now = new Date(),
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(now.getTime() + this.options.sessionAbsoluteHours * 60 * MINUTE);
    const inserted = await manager.insert(SessionEntity, {
      tokenHash: hash,
      accountId,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
    });
    return { id: String(inserted.identifiers[0]?.['id']), token, expiresAt };
  }

  /** The signed-in account for a cookie value, or undefined when the session is unknown, revoked or timed out. */
  async resolve(token: string, now = new Date()): Promise<SignedInAccount | undefined> {
    return inTenantTransaction(this.dataSource, null, async (manager) => {
      const session = await manager.findOne(SessionEntity, {
        where: { tokenHash: hashSecretToken(token), revokedAt: IsNull() },
        relations: { account: { roles: true } },
      });
      if (!session?.account) return undefined;
      const idleLimit = session.lastSeenAt.getTime() + this.options.sessionIdleMinutes * MINUTE;
      if (now.getTime() > idleLimit || now >= session.expiresAt) return undefined;
      // Touch at most once a minute: enough for the idle timeout, without a write per request.
      if (now.getTime() - session.lastSeenAt.getTime() > MINUTE) {
        await manager.update(SessionEntity, { id: session.id }, { lastSeenAt: now });
      }
      return toSignedIn(session.account, session.id);
    });
  }

  async revoke(sessionId: string): Promise<void> {
    await inTenantTransaction(this.dataSource, null, (manager) =>
      manager.update(SessionEntity, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() }),
    );
  }

  /** Sign out everywhere; also used when an account's roles change. */
  async revokeAll(manager: EntityManager, accountId: string): Promise<number> {
    const result = await manager.update(SessionEntity, { accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }
}

export function toSignedIn(account: AccountEntity, sessionId: string): SignedInAccount {
  return {
    id: account.id,
    municipalityId: account.municipalityId,
    email: account.email,
    displayName: account.displayName,
    roles: (account.roles ?? []).map((r) => r.role).sort(),
    sessionId,
  };
}
