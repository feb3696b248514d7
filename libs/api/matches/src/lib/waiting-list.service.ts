import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { AccessLogService } from '@brobygger/api/participants';
import type { RequestContext } from '@brobygger/api/util';
import { availableForProposalsSql } from '@brobygger/api/volunteers';
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
  roles: string[];
  freeCapacity: number;
  idleSince: string;
  daysIdle: number;
  overdue: boolean;
}

/** Both sides of the waiting list, with an ageing alert after a set number of days (default 30). */
@Injectable()
export class WaitingListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    @Inject(WAITING_ALERT_DAYS) readonly alertDays: number,
  ) {}

  /** Participants with no match of this kind in progress, longest waiting first. */
  participants(request: RequestContext, kind: MatchKind): Promise<WaitingParticipant[]> {
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const rows: {
        id: string;
        first_name: string;
        last_name: string;
        locality_name: string;
        waiting_since: string;
        days: number;
      }[] = await manager.query(
        `SELECT p.id, p.first_name, p.last_name, l.name AS locality_name,
                to_char(coalesce(p.arrival_date, p.created_at::date), 'YYYY-MM-DD') AS waiting_since,
                (current_date - coalesce(p.arrival_date, p.created_at::date))::int AS days
           FROM participant p JOIN locality l ON l.id = p.locality_id
          WHERE NOT EXISTS (SELECT 1 FROM match m WHERE m.participant_id = p.id AND m.kind = $1
                              AND m.status IN ('approved', 'accepted', 'active'))
          ORDER BY waiting_since ASC, p.id ASC`,
        [kind],
      );
      await this.accessLog.record(
        manager,
        request,
        'search',
        rows.map((r) => r.id),
        { waitingListKind: kind },
      );
      return rows.map((r) => ({
        participantId: r.id,
        firstName: r.first_name,
        lastName: r.last_name,
        localityName: r.locality_name,
        waitingSince: r.waiting_since,
        daysWaiting: r.days,
        overdue: r.days > this.alertDays,
      }));
    });
  }

  /** Approved volunteers (not paused, not left) with no match in progress, idle longest first. */
  volunteers(request: RequestContext): Promise<IdleVolunteer[]> {
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const rows: {
        id: string;
        first_name: string;
        last_name: string;
        roles: string[];
        free: number;
        idle_since: string;
        days: number;
      }[] = await manager.query(
        `SELECT v.id, v.first_name, v.last_name, v.roles,
                  v.capacity - count(m.id) FILTER (WHERE m.status IN ('approved', 'accepted', 'active'))::int AS free,
                  to_char(coalesce(max(m.closed_at)::date, v.created_at::date), 'YYYY-MM-DD') AS idle_since,
                  (current_date - coalesce(max(m.closed_at)::date, v.created_at::date))::int AS days
             FROM volunteer v LEFT JOIN match m ON m.volunteer_id = v.id
            WHERE v.status = 'approved' AND ${availableForProposalsSql('v')}
            GROUP BY v.id
           HAVING count(m.id) FILTER (WHERE m.status IN ('approved', 'accepted', 'active')) = 0
            ORDER BY idle_since ASC, v.id ASC`,
      );
      return rows.map((r) => ({
        volunteerId: r.id,
        firstName: r.first_name,
        lastName: r.last_name,
        roles: r.roles,
        freeCapacity: Number(r.free),
        idleSince: r.idle_since,
        daysIdle: r.days,
        overdue: r.days > this.alertDays,
      }));
    });
  }
}
