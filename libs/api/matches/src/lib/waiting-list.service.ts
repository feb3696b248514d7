import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { AccessLogService } from '@brobygger/api/participants';
import { type Page, type RequestContext } from '@brobygger/api/util';
import { type VolunteerRole, availableForProposalsSql } from '@brobygger/api/volunteers';
import type { MatchKind } from './match.entity';

export const WAITING_ALERT_DAYS = Symbol('WAITING_ALERT_DAYS');

export interface WaitingParticipant {
  participantId: string;
  firstName: string;
  lastName: string;
  localityName: string;
  waitingSince: string;
  daysWaiting: number;
  overdue: boolean;
}

export interface IdleVolunteer {
  volunteerId: string;
  firstName: string;
  lastName: string;
  roles: VolunteerRole[];
  freeCapacity: number;
  idleSince: string;
  daysIdle: number;
  overdue: boolean;
}

/** A page of a waiting list, and how many of all are past the ageing alert. */
export interface WaitingPage<T> extends Page<T> {
  overdue: number;
}

/** Both sides of the waiting list, with an ageing alert after a set number of days (default 30). */
@Injectable()
export class WaitingListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    @Inject(WAITING_ALERT_DAYS) readonly alertDays: number,
  ) {}

  /** Participants with no match of this kind in progress, longest waiting first; only the page is logged. */
  participants(
    request: RequestContext,
    kind: MatchKind,
    offset: number,
    limit: number,
  ): Promise<WaitingPage<WaitingParticipant>> {
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const waiting = `SELECT p.id, p.first_name, p.last_name, l.name AS locality_name,
                to_char(coalesce(p.arrival_date, p.created_at::date), 'YYYY-MM-DD') AS waiting_since,
                (current_date - coalesce(p.arrival_date, p.created_at::date))::int AS days
           FROM participant p JOIN locality l ON l.id = p.locality_id
          WHERE NOT EXISTS (SELECT 1 FROM match m WHERE m.participant_id = p.id AND m.kind = $1
                              AND m.status IN ('approved', 'accepted', 'active'))`;
      const rows: {
        id: string;
        first_name: string;
        last_name: string;
        locality_name: string;
        waiting_since: string;
        days: number;
      }[] = await manager.query(`${waiting} ORDER BY waiting_since ASC, p.id ASC OFFSET $2 LIMIT $3`, [
        kind,
        offset,
        limit,
      ]);
      const { total, overdue } = await this.counts(manager, waiting, [kind]);
      await this.accessLog.record(
        manager,
        request,
        'search',
        rows.map((r) => r.id),
        { waitingListKind: kind },
      );
      const items = rows.map((r) => ({
        participantId: r.id,
        firstName: r.first_name,
        lastName: r.last_name,
        localityName: r.locality_name,
        waitingSince: r.waiting_since,
        daysWaiting: r.days,
        overdue: r.days > this.alertDays,
      }));
      return { items, total, overdue, offset, limit };
    });
  }

  /** Approved volunteers (not paused, not left) with no match in progress, idle longest first. */
  volunteers(request: RequestContext, offset: number, limit: number): Promise<WaitingPage<IdleVolunteer>> {
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const idle = `SELECT v.id, v.first_name, v.last_name, v.roles,
                  v.capacity - count(m.id) FILTER (WHERE m.status IN ('approved', 'accepted', 'active'))::int AS free,
                  to_char(coalesce(max(m.closed_at)::date, v.created_at::date), 'YYYY-MM-DD') AS idle_since,
                  (current_date - coalesce(max(m.closed_at)::date, v.created_at::date))::int AS days
             FROM volunteer v LEFT JOIN match m ON m.volunteer_id = v.id
            WHERE v.status = 'approved' AND ${availableForProposalsSql('v')}
            GROUP BY v.id
           HAVING count(m.id) FILTER (WHERE m.status IN ('approved', 'accepted', 'active')) = 0`;
      const rows: {
        id: string;
        first_name: string;
        last_name: string;
        roles: VolunteerRole[];
        free: number;
        idle_since: string;
        days: number;
      }[] = await manager.query(`${idle} ORDER BY idle_since ASC, v.id ASC OFFSET $1 LIMIT $2`, [offset, limit]);
      const { total, overdue } = await this.counts(manager, idle, []);
      const items = rows.map((r) => ({
        volunteerId: r.id,
        firstName: r.first_name,
        lastName: r.last_name,
        roles: r.roles,
        freeCapacity: Number(r.free),
        idleSince: r.idle_since,
        daysIdle: r.days,
        overdue: r.days > this.alertDays,
      }));
      return { items, total, overdue, offset, limit };
    });
  }

  /** How many a list query gives in all, and how many of them are past the ageing alert. */
  private async counts(
    manager: EntityManager,
    listQuery: string,
    parameters: unknown[],
  ): Promise<{ total: number; overdue: number }> {
    const alert = parameters.length + 1;
    const [row]: { total: number; overdue: number }[] = await manager.query(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE listed.days > $${alert}))::int AS overdue
         FROM (${listQuery}) listed`,
      [...parameters, this.alertDays],
    );
    return { total: Number(row?.total ?? 0), overdue: Number(row?.overdue ?? 0) };
  }
}
