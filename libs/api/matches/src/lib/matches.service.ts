import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, Not } from 'typeorm';
import { AssociationRepresentativeEntity, OfferEntity } from '@brobygger/api/associations';
import { inTenantTransaction } from '@brobygger/api/database';
import { AccessLogService, ParticipantEntity } from '@brobygger/api/participants';
import { LocalityEntity } from '@brobygger/api/reference-data';
import {
  AccessErrorReason,
  DomainError,
  InputErrorReason,
  type Page,
  type RequestContext,
  type SignedInAccount,
  UUID,
  badInput,
} from '@brobygger/api/util';
import type { Mail } from '@brobygger/api/mail';
import { VolunteerEntity, availableForProposals } from '@brobygger/api/volunteers';
import type { MatchEndOutcome } from '@brobygger/shared/rules';
import {
  type AvailabilitySlot,
  type MatchingInstance,
  type Participant,
  type Provider,
  type Weights,
  MatchingInputError,
  runMatching,
} from '@brobygger/matching';
import { HOLDING_STATUSES, MatchEntity, type MatchKind, MatchingRunEntity, type MatchStatus } from './match.entity';
import { MatchNotificationsService } from './match-notifications.service';
import { type MatchingLock, checkLockIds, lockPairs } from './matching-locks';
import { MatchesErrorReason } from './matches.errors';

export const MATCH_RESPONSE_DAYS = Symbol('MATCH_RESPONSE_DAYS');
const VOLUNTEER_KINDS: Partial<Record<MatchKind, 'mentor' | 'leisure-guide'>> = {
  mentor: 'mentor',
  'leisure-guide': 'leisure-guide',
};
const DAY = 86_400_000;

/** One answer for an unknown match and for someone else's: the id tells nothing. */
function notFound(): DomainError {
  return new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No match with this id.', 'id');
}

function stepNotPossible(status: string): DomainError {
  return new DomainError(
    'CONFLICT',
    MatchesErrorReason.MATCH_STEP_NOT_POSSIBLE,
    `This match is ${status}; that step is not possible now.`,
    undefined,
    { status },
  );
}

export interface MatchingScope {
  localityId?: string | null;
  participantIds?: string[] | null;
  must?: readonly MatchingLock[] | null;
  mustNot?: readonly MatchingLock[] | null;
}

/** Filters of the coordinator's matches list; null means any. */
export interface MatchFilter {
  kind: MatchKind | null;
  statuses: MatchStatus[] | null;
  participantId: string | null;
  volunteerId: string | null;
}

export interface RunOutcome {
  run: MatchingRunEntity;
  proposals: MatchEntity[];
  unmatched: { participantId: string; reason: { key: string; params: Record<string, string | number> } }[];
}

/**
 * The match lifecycle: proposed → approved (holds a slot) → accepted by the volunteer or association
 * → accepted by the participant → active → completed or ended; declined or expired frees the slot.
 * Capacity is checked under a row lock on the volunteer or offer, so two coordinators approving at
 * the same moment can never overbook it.
 */
@Injectable()
export class MatchesService {
  private readonly logger = new Logger(MatchesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    @Inject(MATCH_RESPONSE_DAYS) private readonly responseDays: number,
    private readonly notifications: MatchNotificationsService,
  ) {}

  async run(
    request: RequestContext,
    kind: MatchKind,
    scope: MatchingScope,
    weights: Weights = {},
  ): Promise<RunOutcome> {
    if (scope.localityId && !UUID.test(scope.localityId))
      badInput('localityId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    for (const [i, id] of (scope.participantIds ?? []).entries())
      if (!UUID.test(id)) badInput(`participantIds[${i}]`, InputErrorReason.INVALID_FORMAT, 'not a valid id');
    checkLockIds(scope.must ?? [], scope.mustNot ?? []);
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const localities = new Map((await manager.find(LocalityEntity)).map((l) => [l.id, l]));
      const at = (localityId: string | null) => {
        const locality = localityId ? localities.get(localityId) : undefined;
        return locality ? { lat: locality.latitude, lon: locality.longitude } : undefined;
      };
      const holding = await manager.find(MatchEntity, { where: { kind, status: In([...HOLDING_STATUSES]) } });
      const busyParticipants = new Set(holding.map((m) => m.participantId));
      const used = new Map<string, number>();
      for (const m of holding) {
        const provider = m.volunteerId ?? m.offerId ?? '';
        used.set(provider, (used.get(provider) ?? 0) + 1);
      }

      let participants = await manager.find(ParticipantEntity, {
        where: scope.localityId ? { localityId: scope.localityId } : {},
        order: { id: 'ASC' },
      });
      if (scope.participantIds?.length) participants = participants.filter((p) => scope.participantIds?.includes(p.id));
      participants = participants.filter((p) => !busyParticipants.has(p.id));

      const providers: Provider[] = [];
      const volunteerRole = VOLUNTEER_KINDS[kind];
      if (volunteerRole) {
        const volunteers = await manager.find(VolunteerEntity, { where: { status: 'approved' }, order: { id: 'ASC' } });
        // Paused or left volunteers are not offered; their matches in progress go on.
        for (const v of volunteers.filter((v) => v.roles.includes(volunteerRole) && availableForProposals(v))) {
          const capacity = v.capacity - (used.get(v.id) ?? 0);
          if (capacity <= 0) continue;
          providers.push({
            id: v.id,
            capacity,
            ...(v.gender ? { gender: v.gender } : {}),
            languages: v.languages,
            ...(at(v.localityId) ? { location: at(v.localityId) } : {}),
            maxDistanceKm: v.maxDistanceKm,
            interests: v.interests,
            availability: v.availability as AvailabilitySlot[],
            childCertificate: v.childCertificateStatus === 'clear',
          });
        }
      } else {
        const offers = await manager.find(OfferEntity, {
          where: { kind: kind as OfferEntity['kind'], status: 'published' },
          order: { id: 'ASC' },
        });
        for (const o of offers) {
          const capacity = o.capacity - (used.get(o.id) ?? 0);
          if (capacity <= 0) continue;
          providers.push({
            id: o.id,
            capacity,
            languages: o.languageCodes.map((code) => ({ code, level: 'fluent' as const })),
            ...(at(o.localityId) ? { location: at(o.localityId) } : {}),
            ...(o.activityKey ? { interests: [o.activityKey] } : {}),
            ageRange: {
              ...(o.ageMin != null ? { min: o.ageMin } : {}),
              ...(o.ageMax != null ? { max: o.ageMax } : {}),
            },
            womenOnly: o.womenOnly,
          });
        }
      }

      const declined = await manager.find(MatchEntity, { where: { kind, status: In(['declined', 'expired']) } });
      const today = new Date().toISOString().slice(0, 10);
      const instance: MatchingInstance = {
        kind,
        today,
        weights,
        participants: participants.map(
          (p): Participant => ({
            id: p.id,
            birthYear: p.birthYear,
            ...(p.gender ? { gender: p.gender } : {}),
            languages: p.languages,
            interpreter: p.interpreterNeeded,
            ...(at(p.localityId) ? { location: at(p.localityId) } : {}),
            interests: p.interests,
            waitingSince: p.arrivalDate ?? p.createdAt.toISOString().slice(0, 10),
          }),
        ),
        providers,
        ...lockPairs(
          scope.must ?? [],
          scope.mustNot ?? [],
          declined.map((m) => ({ participantId: m.participantId, providerId: m.volunteerId ?? m.offerId ?? '' })),
          new Set(participants.map((p) => p.id)),
          new Set(providers.map((p) => p.id)),
        ),
      };
      let outcome: ReturnType<typeof runMatching>;
      try {
        outcome = runMatching(instance, { candidateLimit: 50 });
      } catch (error) {
        if (error instanceof MatchingInputError) {
          const lock = error.path.startsWith('must');
          const reason = lock ? MatchesErrorReason.LOCK_BREAKS_RULE : InputErrorReason.NOT_ALLOWED_VALUE;
          badInput(lock ? 'must' : 'weights', reason, error.message);
        }
        throw error;
      }
      const { result, stats } = outcome;

      // A new run replaces the open proposals of the same kind for the people it covered.
      const covered = participants.map((p) => p.id);
      if (covered.length) await manager.delete(MatchEntity, { kind, status: 'proposed', participantId: In(covered) });
      const run = await manager.save(
        manager.create(MatchingRunEntity, {
          municipalityId: account.municipalityId,
          accountId: account.id,
          kind,
          weights: { ...weights },
          participantCount: participants.length,
          providerCount: providers.length,
          proposalCount: result.assignments.length,
          objective: result.objective,
          durationMs: Math.round(stats.totalMs),
        }),
      );
      const proposals = result.assignments.length
        ? await manager.save(
            result.assignments.map((a) =>
              manager.create(MatchEntity, {
                municipalityId: account.municipalityId,
                kind,
                participantId: a.participant,
                volunteerId: volunteerRole ? a.provider : null,
                offerId: volunteerRole ? null : a.provider,
                status: 'proposed',
                score: a.score,
                reasons: a.reasons.map((r) => ({ key: r.key, params: { ...r.params } })),
                matchingRunId: run.id,
              }),
            ),
          )
        : [];
      await this.accessLog.record(manager, request, 'search', covered, {
        matchingKind: kind,
        localityId: scope.localityId ?? null,
      });
      return {
        run,
        proposals,
        unmatched: result.unmatched.map((u) => ({
          participantId: u.participant,
          reason: { key: u.reason.key, params: { ...u.reason.params } },
        })),
      };
    });
  }

  /** proposed → approved: takes a slot, under a lock on the volunteer or offer. */
  approve(request: RequestContext, matchId: string): Promise<MatchEntity> {
    return this.step(request, matchId, ['proposed'], async (manager, match) => {
      const providerColumn = match.volunteerId ? 'volunteerId' : 'offerId';
      const providerId = (match.volunteerId ?? match.offerId) as string;
      const capacity = match.volunteerId
        ? (await manager.findOne(VolunteerEntity, { where: { id: providerId }, lock: { mode: 'pessimistic_write' } }))
            ?.capacity
        : (await manager.findOne(OfferEntity, { where: { id: providerId }, lock: { mode: 'pessimistic_write' } }))
            ?.capacity;
      if (capacity == null)
        throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'The volunteer or offer no longer exists.');
      if (match.volunteerId) {
        const volunteer = await manager.findOneByOrFail(VolunteerEntity, { id: match.volunteerId });
        if (!availableForProposals(volunteer)) {
          throw new DomainError(
            'CONFLICT',
            MatchesErrorReason.VOLUNTEER_UNAVAILABLE,
            'This volunteer is on a pause or has left: run matching again.',
          );
        }
      }
      const taken = await manager.count(MatchEntity, {
        where: { [providerColumn]: providerId, status: In([...HOLDING_STATUSES]) },
      });
      if (taken >= capacity) {
        throw new DomainError(
          'CONFLICT',
          MatchesErrorReason.SLOT_TAKEN,
          'Slot already taken: this volunteer or offer has no free capacity left.',
        );
      }
      const otherHold = await manager.exists(MatchEntity, {
        where: {
          participantId: match.participantId,
          kind: match.kind,
          status: In([...HOLDING_STATUSES]),
          id: Not(match.id),
        },
      });
      if (otherHold)
        throw new DomainError(
          'CONFLICT',
          MatchesErrorReason.ALREADY_MATCHED,
          'This participant already has a match of this kind.',
        );
      const account = request.account as SignedInAccount;
      await manager.update(
        MatchEntity,
        { id: match.id },
        {
          status: 'approved',
          approvedAt: new Date(),
          approvedBy: account.id,
          respondBy: new Date(Date.now() + this.responseDays * DAY),
        },
      );
      return this.notifications.proposalApproved(manager, await manager.findOneByOrFail(MatchEntity, { id: match.id }));
    });
  }

  /** The volunteer or the association's representative accepts (before the deadline) or declines. */
  respondAsProvider(
    request: RequestContext,
    matchId: string,
    accept: boolean,
    reason: string | null,
  ): Promise<MatchEntity> {
    return this.step(
      request,
      matchId,
      ['approved'],
      async (manager, match) => {
        if (match.respondBy && match.respondBy < new Date()) {
          await manager.update(
            MatchEntity,
            { id: match.id },
            { status: 'expired', closedAt: new Date(), closeReason: 'no answer in time' },
          );
          return this.notifications.proposalClosed(manager, match, 'proposal-expired');
        }
        await manager.update(
          MatchEntity,
          { id: match.id },
          accept
            ? { status: 'accepted', providerAcceptedAt: new Date() }
            : { status: 'declined', closedAt: new Date(), closeReason: reason?.trim() || null },
        );
        return accept ? [] : this.notifications.proposalClosed(manager, match, 'proposal-declined');
      },
      true,
    );
  }

  /** The coordinator records the participant's answer on their behalf: accepted → active, or declined. */
  recordParticipantResponse(
    request: RequestContext,
    matchId: string,
    accept: boolean,
    reason: string | null,
  ): Promise<MatchEntity> {
    return this.step(request, matchId, ['accepted'], async (manager, match) => {
      await manager.update(
        MatchEntity,
        { id: match.id },
        accept
          ? { status: 'active', participantAcceptedAt: new Date() }
          : { status: 'declined', closedAt: new Date(), closeReason: reason?.trim() || null },
      );
      return accept ? [] : this.notifications.proposalClosed(manager, match, 'proposal-declined');
    });
  }

  end(
    request: RequestContext,
    matchId: string,
    completed: boolean,
    reason: string,
    outcome: MatchEndOutcome,
  ): Promise<MatchEntity> {
    return this.step(request, matchId, ['active'], (manager, match) =>
      this.endInTransaction(manager, match, completed, reason, outcome),
    );
  }

  /**
   * One match in the caller's transaction (its manager), or null; `forUpdate` locks its row until
   * that transaction ends. For the domains that follow a match up without owning it.
   */
  findInTransaction(manager: EntityManager, matchId: string, forUpdate = false): Promise<MatchEntity | null> {
    return manager.findOne(MatchEntity, {
      where: { id: matchId },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The one way an active match ends: endMatch, and a check-in whose outcome ends it. */
  async endInTransaction(
    manager: EntityManager,
    match: MatchEntity,
    completed: boolean,
    reason: string,
    outcome: string,
  ): Promise<void> {
    if (match.status !== 'active') {
      throw stepNotPossible(match.status);
    }
    await manager.update(
      MatchEntity,
      { id: match.id },
      {
        status: completed ? 'completed' : 'ended',
        closedAt: new Date(),
        closeReason: reason.trim() || null,
        outcome: outcome.trim(),
      },
    );
  }

  list(request: RequestContext, filter: MatchFilter, offset: number, limit: number): Promise<Page<MatchEntity>> {
    if (filter.participantId != null && !UUID.test(filter.participantId))
      badInput('participantId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    if (filter.volunteerId != null && !UUID.test(filter.volunteerId))
      badInput('volunteerId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const [items, total] = await manager.findAndCount(MatchEntity, {
        where: {
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(filter.statuses?.length ? { status: In(filter.statuses) } : {}),
          ...(filter.participantId ? { participantId: filter.participantId } : {}),
          ...(filter.volunteerId ? { volunteerId: filter.volunteerId } : {}),
        },
        order: { proposedAt: 'DESC', id: 'ASC' },
        skip: offset,
        take: limit,
      });
      return { items, total, offset, limit };
    });
  }

  /** A volunteer's own proposals and matches, with the minimum about each participant. */
  mineAsVolunteer(request: RequestContext): Promise<{ match: MatchEntity; participant: ParticipantEntity }[]> {
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const volunteer = await manager.findOne(VolunteerEntity, { where: { accountId: account.id } });
      if (!volunteer) return [];
      const matches = await manager.find(MatchEntity, {
        where: { volunteerId: volunteer.id, status: In(['approved', 'accepted', 'active']) },
        order: { approvedAt: 'DESC' },
      });
      const participants = matches.length
        ? await manager.find(ParticipantEntity, {
            where: { id: In(matches.map((m) => m.participantId)) },
            relations: { locality: true },
          })
        : [];
      const byId = new Map(participants.map((p) => [p.id, p]));
      await this.accessLog.record(
        manager,
        request,
        'read',
        participants.map((p) => p.id),
      );
      return matches.flatMap((match) => {
        const participant = byId.get(match.participantId);
        return participant ? [{ match, participant }] : [];
      });
    });
  }

  /**
   * Expires overdue proposals in every municipality and, with `remind`, reminds whoever has not
   * answered one due tomorrow (`MatchesJobs`: at start without reminders, then every 15 minutes).
   */
  async expireAndRemindEverywhere(remind: boolean): Promise<void> {
    const municipalities: { id: string }[] = await this.dataSource.query('SELECT id FROM municipality');
    for (const { id } of municipalities) {
      const expired = await this.expireOverdue(id);
      if (expired > 0) this.logger.log(`${expired} proposal(s) expired without an answer`);
      if (!remind) continue;
      const reminded = await this.remindUnanswered(id);
      if (reminded > 0) this.logger.log(`${reminded} reminder(s) sent about unanswered proposals`);
    }
  }

  /** Approved proposals past their deadline expire and free their slot; the coordinator is told. */
  async expireOverdue(municipalityId: string): Promise<number> {
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MatchEntity)
        .set({ status: 'expired', closedAt: () => 'now()', closeReason: 'no answer in time' })
        .where("status = 'approved' AND respond_by < now()")
        .returning('id')
        .execute();
      const ids = (result.raw as { id: string }[]).map((row) => row.id);
      const expired = ids.length
        ? await manager.find(MatchEntity, { where: { id: In(ids) }, order: { id: 'ASC' } })
        : [];
      const mails: Mail[] = [];
      for (const match of expired)
        mails.push(...(await this.notifications.proposalClosed(manager, match, 'proposal-expired')));
      await this.notifications.enqueue(manager, mails);
      return ids.length;
    });
  }

  /**
   * Reminds whoever has not answered an approved proposal, once, in its last day. The reminder is
   * marked sent in the same UPDATE that picks it, so a second run or a second process skips it.
   */
  async remindUnanswered(municipalityId: string): Promise<number> {
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MatchEntity)
        .set({ reminderSentAt: () => 'now()' })
        .where(
          "status = 'approved' AND reminder_sent_at IS NULL AND respond_by > now() AND respond_by <= now() + interval '1 day'",
        )
        .returning('id')
        .execute();
      const ids = (result.raw as { id: string }[]).map((row) => row.id);
      const due = ids.length ? await manager.find(MatchEntity, { where: { id: In(ids) }, order: { id: 'ASC' } }) : [];
      const mails: Mail[] = [];
      for (const match of due) mails.push(...(await this.notifications.proposalReminder(manager, match)));
      await this.notifications.enqueue(manager, mails);
      return mails.length;
    });
  }

  private async assertProvider(manager: EntityManager, request: RequestContext, match: MatchEntity): Promise<void> {
    const account = request.account as SignedInAccount;
    if (match.volunteerId) {
      const own = await manager.exists(VolunteerEntity, { where: { id: match.volunteerId, accountId: account.id } });
      if (own) return;
    } else if (match.offerId) {
      const offer = await manager.findOne(OfferEntity, { where: { id: match.offerId } });
      const represents =
        offer &&
        (await manager.exists(AssociationRepresentativeEntity, {
          where: { associationId: offer.associationId, accountId: account.id },
        }));
      if (represents) return;
    }
    throw notFound();
  }

  /**
   * Loads the match under a lock and moves it on. A volunteer or association (asProvider) must be
   * its provider, checked before anything about the match is told: someone else's match gets the
   * very answer an unknown id gets, never its status.
   */
  private step(
    request: RequestContext,
    matchId: string,
    from: MatchStatus[],
    work: (manager: EntityManager, match: MatchEntity) => Promise<Mail[] | void>,
    asProvider = false,
  ): Promise<MatchEntity> {
    if (!UUID.test(matchId)) badInput('id', InputErrorReason.INVALID_FORMAT, 'not a valid match id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const match = await manager.findOne(MatchEntity, { where: { id: matchId }, lock: { mode: 'pessimistic_write' } });
      if (!match) throw notFound();
      if (asProvider) await this.assertProvider(manager, request, match);
      if (!from.includes(match.status)) {
        throw stepNotPossible(match.status);
      }
      // Emails go to the outbox in the step's transaction: a failed step sends nothing, and they
      // are sent once it committed, so a mail server that is down undoes nothing and loses nothing.
      await this.notifications.enqueue(manager, (await work(manager, match)) ?? []);
      if (!asProvider) await this.accessLog.record(manager, request, 'change', [match.participantId]);
      return manager.findOneByOrFail(MatchEntity, { id: matchId });
    });
  }
}
