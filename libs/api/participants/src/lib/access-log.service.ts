import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import type { RequestContext } from '@brobygger/api/util';
import { type AccessAction, AccessLogEntryEntity } from './access-log-entry.entity';

export const ACCESS_LOG_RETENTION_MONTHS = Symbol('ACCESS_LOG_RETENTION_MONTHS');

@Injectable()
export class AccessLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCESS_LOG_RETENTION_MONTHS) private readonly retentionMonths: number,
  ) {}

  /**
   * Records one entry per participant touched, or one entry with the criteria for a search, in the
   * same transaction as the access: no access without its log line.
   */
  async record(
    manager: EntityManager,
    request: RequestContext,
    action: AccessAction,
    participantIds: readonly string[],
    criteria: Record<string, string | number | null> | null = null,
  ): Promise<void> {
    const account = request.account;
    if (!account) throw new Error('Participant data was accessed without a signed-in account');
    const base = {
      municipalityId: account.municipalityId,
      accountId: account.id,
      role: account.roles.join(','),
      action,
      criteria,
      requestId: request.requestId,
    };
    const rows =
      participantIds.length > 0
        ? participantIds.map((participantId) => ({ ...base, participantId }))
        : [{ ...base, participantId: null }];
    await manager.insert(AccessLogEntryEntity, rows);
  }

  /**
   * Deletes entries older than the retention period, one municipality at a time as the app role
   * (row-level security shows each transaction one tenant's rows); `AccessLogJobs` runs it at start
   * and every hour.
   * The log is append-only for that role: the deletion goes through `delete_expired_access_log`,
   * which removes nothing younger than the retention period (nor than a month), by the database's clock.
   */
  async deleteExpired(): Promise<number> {
    const municipalities: { id: string }[] = await this.dataSource.query('SELECT id FROM municipality');
    let deleted = 0;
    for (const { id } of municipalities) {
      deleted += await inTenantTransaction(this.dataSource, id, async (manager) => {
        const [row]: { deleted: number }[] = await manager.query('SELECT delete_expired_access_log($1) AS deleted', [
          this.retentionMonths,
        ]);
        return row?.deleted ?? 0;
      });
    }
    return deleted;
  }
}
