import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import {
  AssociationEntity,
  AssociationRepresentativeEntity,
  AssociationsErrorReason,
  OfferEntity,
  addDays,
  copenhagenDate,
} from '@brobygger/api/associations';
import { inTenantTransaction } from '@brobygger/api/database';
import { AccessLogService, ParticipantEntity } from '@brobygger/api/participants';
import {
  AccessErrorReason,
  DomainError,
  InputErrorReason,
  type RequestContext,
  type SignedInAccount,
  UUID,
  badInput,
  isIsoDate,
} from '@brobygger/api/util';
import { HOLDING_STATUSES, MatchEntity, type MatchStatus } from './match.entity';
import { MatchesErrorReason } from './matches.errors';

export type ReferralStage = 'open' | 'closed';
export type ReferralOutcome = 'trial-became-membership' | 'stopped' | 'did-not-show' | 'attended';

const OPEN_STATUSES: MatchStatus[] = ['approved', 'accepted', 'active'];
const CLOSED_STATUSES: MatchStatus[] = ['completed', 'ended', 'declined', 'expired'];
/** Outcomes that mean it worked: the match is completed; the others end it. */
const SUCCESSFUL: readonly ReferralOutcome[] = ['trial-became-membership', 'attended'];
const EVENT_OUTCOMES: readonly ReferralOutcome[] = ['attended', 'did-not-show'];
const MEMBERSHIP_OUTCOMES: readonly ReferralOutcome[] = ['trial-became-membership', 'stopped', 'did-not-show'];
/** Only these columns of a participant are read for an association (ReferralPersonModel). */
const PERSON_COLUMNS = {
  id: true,
  firstName: true,
  birthYear: true,
  languages: true,
  interpreterNeeded: true,
} as const;

/** What the association sees of a person: see ReferralPersonModel. */
export interface ReferralPerson {
  firstName: string;
  age: number;
  languages: string[];
  interpreterNeeded: boolean;
}

export interface Referral {
  match: MatchEntity;
  offer: OfferEntity;
  person: ReferralPerson;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface EventRegistrations {
  offer: OfferEntity;
  seatsTaken: number;
  items: { match: MatchEntity; person: ReferralPerson }[];
  offset: number;
  limit: number;
}

export function toReferralPerson(participant: ParticipantEntity, today = copenhagenDate()): ReferralPerson {
  return {
    firstName: participant.firstName,
    age: Number(today.slice(0, 4)) - participant.birthYear,
    languages: participant.languages.map((l) => l.code),
    interpreterNeeded: participant.interpreterNeeded,
  };
}

/**
 * The association's side of matches to its offers (referrals): a paginated inbox with the minimum
 * about each person, the first session and the outcome; and the registration list of an event.
 * Accepting and declining stay with MatchesService.respondAsProvider. Every read of people is
 * logged in the access log, in the same transaction.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  inbox(
    request: RequestContext,
    associationId: string,
    stage: ReferralStage,
    offset: number,
    limit: number,
  ): Promise<Page<Referral>> {
    if (!UUID.test(associationId)) badInput('associationId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      await this.assertMaySee(manager, request, associationId);
      const query = manager
        .createQueryBuilder(MatchEntity, 'match')
        .where('match.offer_id IN (SELECT offer.id FROM offer WHERE offer.association_id = :associationId)', {
          associationId,
        })
        .andWhere('match.status IN (:...statuses)', { statuses: stage === 'open' ? OPEN_STATUSES : CLOSED_STATUSES })
        // Only what a coordinator has sent on: a bare proposal is not the association's business yet.
        .andWhere('match.approved_at IS NOT NULL');
      if (stage === 'open') {
        // Waiting for an answer first, soonest deadline first; then the accepted ones, oldest first.
        query
          .orderBy(`CASE WHEN match.status = 'approved' THEN 0 ELSE 1 END`, 'ASC')
          .addOrderBy('match.respond_by', 'ASC', 'NULLS LAST')
          .addOrderBy('match.approved_at', 'ASC');
      } else {
        query.orderBy('match.closed_at', 'DESC', 'NULLS LAST');
      }
      const [matches, total] = await query.addOrderBy('match.id', 'ASC').skip(offset).take(limit).getManyAndCount();
      const items = await this.withPeople(manager, request, matches);
      return { items, total, offset, limit };
    });
  }

  /** accepted or active → the first session's date is known (may be changed until the outcome is in). */
  confirmFirstSession(request: RequestContext, matchId: string, date: string): Promise<Referral> {
    if (!isIsoDate(date)) badInput('date', InputErrorReason.INVALID_FORMAT, 'enter a date as YYYY-MM-DD');
    return this.act(request, matchId, async (manager, match, offer) => {
      if (offer.kind === 'event') {
        throw new DomainError(
          'CONFLICT',
          MatchesErrorReason.EVENT_HAS_OWN_DATE,
          'An event has its own date; there is no first session to confirm.',
        );
      }
      if (match.status === 'approved')
        throw new DomainError('CONFLICT', MatchesErrorReason.REFERRAL_NOT_ACCEPTED, 'Accept the referral first.');
      const referredOn = copenhagenDate(match.approvedAt ?? match.proposedAt);
      if (date < referredOn)
        badInput('date', InputErrorReason.DATE_ORDER, `must not be before the referral was made (${referredOn})`, {
          min: referredOn,
        });
      if (date > addDays(copenhagenDate(), 365))
        badInput('date', InputErrorReason.OUT_OF_RANGE, 'must be within a year from today');
      await manager.update(MatchEntity, { id: match.id }, { firstSessionOn: date });
    });
  }

  /**
   * After the first session (or the event): how it went. A trial that became a membership, or an
   * attended event, completes the match; stopped or did not show ends it. Either frees nothing the
   * participant still needs: the slot was the offer's, and it is used or given back.
   */
  reportOutcome(request: RequestContext, matchId: string, outcome: ReferralOutcome): Promise<Referral> {
    return this.act(request, matchId, async (manager, match, offer) => {
      if (match.status === 'approved')
        throw new DomainError('CONFLICT', MatchesErrorReason.REFERRAL_NOT_ACCEPTED, 'Accept the referral first.');
      const allowed = offer.kind === 'event' ? EVENT_OUTCOMES : MEMBERSHIP_OUTCOMES;
      if (!allowed.includes(outcome))
        badInput('outcome', InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${allowed.join(', ')} for this offer`, {
          allowed: allowed.join(', '),
        });
      const firstSession =
        offer.kind === 'event' ? (offer.startsAt ? copenhagenDate(offer.startsAt) : null) : match.firstSessionOn;
      if (!firstSession) {
        throw new DomainError(
          'CONFLICT',
          MatchesErrorReason.FIRST_SESSION_NOT_CONFIRMED,
          'Confirm the first session before reporting how it went.',
          'firstSessionOn',
        );
      }
      if (firstSession > copenhagenDate()) {
        throw new DomainError(
          'CONFLICT',
          MatchesErrorReason.FIRST_SESSION_AHEAD,
          `The first session is on ${firstSession}: report how it went after it.`,
          undefined,
          { firstSessionOn: firstSession },
        );
      }
      await manager.update(
        MatchEntity,
        { id: match.id },
        {
          status: SUCCESSFUL.includes(outcome) ? 'completed' : 'ended',
          outcome,
          closedAt: new Date(),
        },
      );
    });
  }

  eventRegistrations(
    request: RequestContext,
    offerId: string,
    offset: number,
    limit: number,
  ): Promise<EventRegistrations> {
    if (!UUID.test(offerId)) badInput('offerId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const offer = await manager.findOne(OfferEntity, { where: { id: offerId }, relations: { locality: true } });
      if (!offer) throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No offer with this id.', 'offerId');
      await this.assertMaySee(manager, request, offer.associationId);
      if (offer.kind !== 'event')
        badInput('offerId', InputErrorReason.NOT_ALLOWED_VALUE, 'is not an event: registration lists are for events');
      const where = { offerId, kind: 'event' as const, status: In([...HOLDING_STATUSES]) };
      const [matches, seatsTaken] = await manager.findAndCount(MatchEntity, {
        where,
        order: { approvedAt: 'ASC', id: 'ASC' },
        skip: offset,
        take: limit,
      });
      const people = await this.people(manager, request, matches);
      return {
        offer,
        seatsTaken,
        items: matches.flatMap((match) => {
          const person = people.get(match.participantId);
          return person ? [{ match, person }] : [];
        }),
        offset,
        limit,
      };
    });
  }

  /**
   * Loads the match under a lock, checks the caller represents the offer's association (before its
   * status), and logs the change.
   */
  private act(
    request: RequestContext,
    matchId: string,
    work: (manager: EntityManager, match: MatchEntity, offer: OfferEntity) => Promise<void>,
  ): Promise<Referral> {
    if (!UUID.test(matchId)) badInput('id', InputErrorReason.INVALID_FORMAT, 'not a valid referral id');
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const match = await manager.findOne(MatchEntity, { where: { id: matchId }, lock: { mode: 'pessimistic_write' } });
      const offer = match?.offerId ? await manager.findOneBy(OfferEntity, { id: match.offerId }) : null;
      // Another association's referral gets the answer an unknown id gets, before its status is told.
      const represents =
        offer &&
        (await manager.exists(AssociationRepresentativeEntity, {
          where: { associationId: offer.associationId, accountId: account.id },
        }));
      if (!match || !offer || !represents)
        throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No referral with this id.', 'id');
      if (!OPEN_STATUSES.includes(match.status)) {
        throw new DomainError(
          'CONFLICT',
          MatchesErrorReason.REFERRAL_STEP_NOT_POSSIBLE,
          `This referral is ${match.status}; that step is not possible now.`,
          undefined,
          { status: match.status },
        );
      }
      await work(manager, match, offer);
      await this.accessLog.record(manager, request, 'change', [match.participantId]);
      const updated = await manager.findOneByOrFail(MatchEntity, { id: matchId });
      const participant = await manager.findOneOrFail(ParticipantEntity, {
        where: { id: match.participantId },
        select: PERSON_COLUMNS,
      });
      return { match: updated, offer, person: toReferralPerson(participant) };
    });
  }

  /** Representatives see their own association's referrals; coordinators any in their municipality. */
  private async assertMaySee(manager: EntityManager, request: RequestContext, associationId: string): Promise<void> {
    const account = request.account as SignedInAccount;
    if (!(await manager.exists(AssociationEntity, { where: { id: associationId } }))) {
      throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No association with this id.', 'associationId');
    }
    if (account.roles.includes('coordinator')) return;
    const represents = await manager.exists(AssociationRepresentativeEntity, {
      where: { associationId, accountId: account.id },
    });
    if (!represents)
      throw new DomainError(
        'FORBIDDEN',
        AssociationsErrorReason.NOT_REPRESENTATIVE,
        'You do not represent this association.',
      );
  }

  private async withPeople(
    manager: EntityManager,
    request: RequestContext,
    matches: MatchEntity[],
  ): Promise<Referral[]> {
    const offerIds = [...new Set(matches.map((m) => m.offerId as string))];
    const offers = new Map(
      (offerIds.length ? await manager.findBy(OfferEntity, { id: In(offerIds) }) : []).map((o) => [o.id, o]),
    );
    const people = await this.people(manager, request, matches);
    return matches.flatMap((match) => {
      const offer = offers.get(match.offerId as string);
      const person = people.get(match.participantId);
      return offer && person ? [{ match, offer, person }] : [];
    });
  }

  /** One query for the people of a page, and one access-log line each. */
  private async people(
    manager: EntityManager,
    request: RequestContext,
    matches: MatchEntity[],
  ): Promise<Map<string, ReferralPerson>> {
    const ids = [...new Set(matches.map((m) => m.participantId))];
    if (ids.length === 0) return new Map();
    const participants = await manager.find(ParticipantEntity, { where: { id: In(ids) }, select: PERSON_COLUMNS });
    await this.accessLog.record(
      manager,
      request,
      'read',
      participants.map((p) => p.id),
    );
    const today = copenhagenDate();
    return new Map(participants.map((p) => [p.id, toReferralPerson(p, today)]));
  }
}
