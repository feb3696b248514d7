import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { AccessLogService, ParticipantEntity, looksSensitive } from '@brobygger/api/participants';
import {
  AccessErrorReason,
  DomainError,
  InputErrorReason,
  type RequestContext,
  type SignedInAccount,
  UUID,
  badInput,
} from '@brobygger/api/util';
import { VolunteerEntity, todayInCopenhagen } from '@brobygger/api/volunteers';
import { FollowUpEntity, type FollowUpOutcome, MeetingLogEntryEntity } from './follow-up.entity';
import { type MatchEntity, type MatchKind, MatchesService } from '@brobygger/api/matches';
import { FollowUpsErrorReason } from './follow-ups.errors';

const SENSITIVE_NOTE =
  'seems to contain sensitive information (health, religion, ethnicity or a CPR number): leave it out';
/** How an ending outcome closes the match (through the same path as endMatch). */
const ENDING: Partial<Record<FollowUpOutcome, { completed: boolean; outcome: string }>> = {
  completed: { completed: true, outcome: 'ended-as-planned' },
  ended: { completed: false, outcome: 'ended-early' },
  'became-club-member': { completed: true, outcome: 'became-club-member' },
};

export interface DueCheckIn {
  matchId: string;
  kind: MatchKind;
  milestoneMonths: number;
  dueOn: string;
  overdue: boolean;
  activeSince: string;
  mine: boolean;
  participantId: string;
  participantName: string;
  providerName: string;
  volunteerLeft: boolean;
  meetingCount: number;
  lastMeetingOn: string | null;
}

export interface MeetingInputFields {
  matchId: string;
  metOn: string;
  durationMinutes: number;
  note: string;
}

/** The note's length is the input's to check; whether it reads as sensitive is ours. */
function checkNote(note: string): string {
  const trimmed = note.trim();
  if (looksSensitive(trimmed)) badInput('note', InputErrorReason.SENSITIVE_DATA, SENSITIVE_NOTE);
  return trimmed;
}

/** The match's day of becoming active, in Copenhagen. */
function activeSince(match: MatchEntity): string | null {
  return match.participantAcceptedAt ? todayInCopenhagen(match.participantAcceptedAt) : null;
}

/**
 * What happens after a match is made: the coordinator's check-ins 1 and 3 months after it became
 * active, and the volunteer's meeting log. Every read and write of a participant's match is logged.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly matches: MatchesService,
  ) {}

  /**
   * The next unrecorded check-in of each active match that falls due within `withinDays` (or is
   * overdue), and every active match whose volunteer left. The participant's contact coordinator
   * sees theirs first; every coordinator of the municipality sees all.
   */
  dueCheckIns(request: RequestContext, withinDays: number): Promise<DueCheckIn[]> {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 366)
      badInput('withinDays', InputErrorReason.OUT_OF_RANGE, 'must be from 0 to 366 days', { min: 0, max: 366 });
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const rows: {
        match_id: string;
        kind: MatchKind;
        months: number;
        due_on: string;
        overdue: boolean;
        since: string;
        mine: boolean;
        participant_id: string;
        participant_name: string;
        provider_name: string | null;
        volunteer_left: boolean;
        meeting_count: number;
        last_meeting_on: string | null;
      }[] = await manager.query(
        `WITH today AS (SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date AS d),
         next AS (
           SELECT DISTINCT ON (m.id) m.id, m.kind, m.participant_id, m.volunteer_id, m.offer_id, ms.months,
                  (m.participant_accepted_at AT TIME ZONE 'Europe/Copenhagen')::date AS since,
                  ((m.participant_accepted_at AT TIME ZONE 'Europe/Copenhagen')::date
                     + make_interval(months => ms.months))::date AS due_on
             FROM match m CROSS JOIN (VALUES (1), (3)) AS ms(months)
            WHERE m.status = 'active' AND m.participant_accepted_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.match_id = m.id AND f.milestone_months = ms.months)
            ORDER BY m.id, ms.months)
         SELECT n.id AS match_id, n.kind, n.months, to_char(n.due_on, 'YYYY-MM-DD') AS due_on,
                n.due_on < today.d AS overdue, to_char(n.since, 'YYYY-MM-DD') AS since,
                coalesce(p.contact_coordinator_id = $2, false) AS mine,
                p.id AS participant_id, p.first_name || ' ' || p.last_name AS participant_name,
                coalesce(v.first_name || ' ' || v.last_name, o.title) AS provider_name,
                v.left_at IS NOT NULL AS volunteer_left,
                (SELECT count(*) FROM meeting_log_entry e WHERE e.match_id = n.id)::int AS meeting_count,
                (SELECT to_char(max(e.met_on), 'YYYY-MM-DD') FROM meeting_log_entry e WHERE e.match_id = n.id) AS last_meeting_on
           FROM next n CROSS JOIN today
           JOIN participant p ON p.id = n.participant_id
           LEFT JOIN volunteer v ON v.id = n.volunteer_id
           LEFT JOIN offer o ON o.id = n.offer_id
          WHERE n.due_on <= today.d + $1::int OR v.left_at IS NOT NULL
          ORDER BY mine DESC, n.due_on ASC, n.id ASC`,
        [withinDays, account.id],
      );
      await this.accessLog.record(manager, request, 'search', [...new Set(rows.map((r) => r.participant_id))], {
        dueCheckInsWithinDays: withinDays,
      });
      return rows.map((r) => ({
        matchId: r.match_id,
        kind: r.kind,
        milestoneMonths: Number(r.months),
        dueOn: r.due_on,
        overdue: r.overdue,
        activeSince: r.since,
        mine: r.mine,
        participantId: r.participant_id,
        participantName: r.participant_name,
        providerName: r.provider_name ?? '',
        volunteerLeft: r.volunteer_left,
        meetingCount: Number(r.meeting_count),
        lastMeetingOn: r.last_meeting_on,
      }));
    });
  }

  /** Records a check-in; an outcome that ends the match ends it in the same transaction. */
  recordCheckIn(
    request: RequestContext,
    input: { matchId: string; milestoneMonths: number; outcome: FollowUpOutcome; note: string },
  ): Promise<{ checkIn: FollowUpEntity; match: MatchEntity }> {
    if (!UUID.test(input.matchId)) badInput('matchId', InputErrorReason.INVALID_FORMAT, 'not a valid match id');
    const note = checkNote(input.note);
    const outcome = input.outcome;
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const match = await this.lockedMatch(manager, input.matchId, 'matchId');
      if (match.status !== 'active' || !match.participantAcceptedAt) {
        throw new DomainError(
          'CONFLICT',
          FollowUpsErrorReason.MATCH_NOT_ACTIVE,
          `This match is ${match.status}; only an active match gets check-ins.`,
          undefined,
          { status: match.status },
        );
      }
      if (
        await manager.exists(FollowUpEntity, { where: { matchId: match.id, milestoneMonths: input.milestoneMonths } })
      ) {
        throw new DomainError(
          'CONFLICT',
          FollowUpsErrorReason.CHECK_IN_ALREADY_RECORDED,
          `The ${input.milestoneMonths}-month check-in is already recorded.`,
          undefined,
          { milestoneMonths: input.milestoneMonths },
        );
      }
      const [{ due_on: dueOn }]: { due_on: string }[] = await manager.query(
        `SELECT to_char((($1::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date + make_interval(months => $2))::date, 'YYYY-MM-DD') AS due_on`,
        [match.participantAcceptedAt.toISOString(), input.milestoneMonths],
      );
      const checkIn = await manager.save(
        manager.create(FollowUpEntity, {
          municipalityId: match.municipalityId,
          matchId: match.id,
          milestoneMonths: input.milestoneMonths,
          dueOn,
          note,
          outcome,
          recordedBy: account.id,
        }),
      );
      const ending = ENDING[outcome];
      if (ending) {
        await this.matches.endInTransaction(
          manager,
          match,
          ending.completed,
          `${input.milestoneMonths}-month check-in`,
          ending.outcome,
        );
      }
      await this.accessLog.record(manager, request, 'change', [match.participantId]);
      return { checkIn, match: (await this.matches.findInTransaction(manager, match.id)) as MatchEntity };
    });
  }

  /** The coordinator reads a match's meeting log. */
  meetingLogOfMatch(request: RequestContext, matchId: string): Promise<MeetingLogEntryEntity[]> {
    if (!UUID.test(matchId)) badInput('matchId', InputErrorReason.INVALID_FORMAT, 'not a valid match id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const match = await this.matches.findInTransaction(manager, matchId);
      if (!match) throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No match with this id.', 'matchId');
      await this.accessLog.record(manager, request, 'read', [match.participantId]);
      return this.meetings(manager, match.id);
    });
  }

  /** The volunteer's own meeting log of one of their matches, with the little the page needs. */
  myMeetingLog(
    request: RequestContext,
    matchId: string,
  ): Promise<{
    match: MatchEntity;
    participantFirstName: string;
    activeSince: string | null;
    meetings: MeetingLogEntryEntity[];
  }> {
    if (!UUID.test(matchId)) badInput('matchId', InputErrorReason.INVALID_FORMAT, 'not a valid match id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const match = await this.ownMatch(manager, request, matchId, false);
      const participant = await manager.findOneByOrFail(ParticipantEntity, { id: match.participantId });
      await this.accessLog.record(manager, request, 'read', [match.participantId]);
      return {
        match,
        participantFirstName: participant.firstName,
        activeSince: activeSince(match),
        meetings: await this.meetings(manager, match.id),
      };
    });
  }

  /** The volunteer logs a meeting of an active match of theirs. */
  logMeeting(request: RequestContext, input: MeetingInputFields): Promise<MeetingLogEntryEntity> {
    if (!UUID.test(input.matchId)) badInput('matchId', InputErrorReason.INVALID_FORMAT, 'not a valid match id');
    if (input.metOn > todayInCopenhagen()) badInput('metOn', InputErrorReason.IN_THE_FUTURE, 'cannot be in the future');
    const note = checkNote(input.note);
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const match = await this.ownMatch(manager, request, input.matchId, true);
      const since = activeSince(match);
      if (since && input.metOn < since)
        badInput('metOn', InputErrorReason.DATE_ORDER, `cannot be before the match began (${since})`, { min: since });
      const entry = await manager.save(
        manager.create(MeetingLogEntryEntity, {
          municipalityId: match.municipalityId,
          matchId: match.id,
          metOn: input.metOn,
          durationMinutes: input.durationMinutes,
          note,
          loggedBy: account.id,
        }),
      );
      await this.accessLog.record(manager, request, 'change', [match.participantId]);
      return entry;
    });
  }

  private meetings(manager: EntityManager, matchId: string): Promise<MeetingLogEntryEntity[]> {
    return manager.find(MeetingLogEntryEntity, {
      where: { matchId },
      order: { metOn: 'DESC', loggedAt: 'DESC', id: 'ASC' },
      take: 500,
    });
  }

  private async lockedMatch(manager: EntityManager, matchId: string, field: string): Promise<MatchEntity> {
    const match = await this.matches.findInTransaction(manager, matchId, true);
    if (!match) throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No match with this id.', field);
    return match;
  }

  /** Only the match's own volunteer (anyone else: NOT_FOUND, as for an unknown id); writing needs it active. */
  private async ownMatch(
    manager: EntityManager,
    request: RequestContext,
    matchId: string,
    forWriting: boolean,
  ): Promise<MatchEntity> {
    const account = request.account as SignedInAccount;
    const match = forWriting
      ? await this.lockedMatch(manager, matchId, 'matchId')
      : await this.matches.findInTransaction(manager, matchId);
    if (!match) throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No match with this id.', 'matchId');
    const own =
      match.volunteerId &&
      (await manager.exists(VolunteerEntity, { where: { id: match.volunteerId, accountId: account.id } }));
    // Someone else's match gets the answer an unknown id gets, before its status is told.
    if (!own) throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No match with this id.', 'matchId');
    if (forWriting && match.status !== 'active') {
      throw new DomainError(
        'CONFLICT',
        FollowUpsErrorReason.MATCH_NOT_ACTIVE,
        `This match is ${match.status}; meetings are logged for active matches only.`,
        undefined,
        { status: match.status },
      );
    }
    if (!match.participantAcceptedAt) {
      throw new DomainError('CONFLICT', FollowUpsErrorReason.MATCH_NOT_STARTED, 'This match has not started yet.');
    }
    return match;
  }
}
