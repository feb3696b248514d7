import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OfferEntity } from '@brobygger/api/associations';
import { inTenantTransaction } from '@brobygger/api/database';
import { AccessLogService, ParticipantEntity } from '@brobygger/api/participants';
import {
  AccessErrorReason,
  DomainError,
  InputErrorReason,
  MAX_PAGE_SIZE,
  type Page,
  type RequestContext,
  type SignedInAccount,
  UUID,
  badInput,
  checkPage,
} from '@brobygger/api/util';
import { FRITIDSPAS_MAX_AGE } from '@brobygger/shared/rules';
import { FritidspasBudgetEntity, FritidspasGrantEntity } from './fritidspas.entity';
import { FritidspasErrorReason } from './fritidspas.errors';

/** A parent and the children of fritidspas age, for the grant form. */
export interface FritidspasHousehold {
  participantId: string;
  parentName: string;
  children: { firstName: string; birthYear: number }[];
}

/** 2.000,00 kr. */
export function kroner(ore: number): string {
  return `${new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100)} kr.`;
}

export interface BudgetStatus {
  year: number;
  amountOre: number;
  grantedOre: number;
  remainingOre: number;
}

/** A grant as the coordinator sees it: with the activity's title and the parent's name. */
export type GrantView = FritidspasGrantEntity & { offerTitle: string; participantName: string };

export interface GrantInput {
  participantId: string;
  childFirstName: string;
  offerId: string;
  feeOre: number;
  equipmentOre: number;
  periodStart: string;
  periodEnd: string;
}

@Injectable()
export class FritidspasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  setBudget(request: RequestContext, year: number, amountOre: number): Promise<BudgetStatus> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      badInput('year', InputErrorReason.OUT_OF_RANGE, 'enter a year such as 2026', { min: 2000, max: 2100 });
    if (!Number.isInteger(amountOre) || amountOre < 0)
      badInput('amountOre', InputErrorReason.OUT_OF_RANGE, 'must be 0 or more', { min: 0 });
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const status = await this.status(manager, year, true);
      if (amountOre < status.grantedOre) {
        throw new DomainError(
          'CONFLICT',
          FritidspasErrorReason.BUDGET_BELOW_GRANTED,
          `amountOre: ${kroner(status.grantedOre)} is already granted this year; the budget cannot be lower.`,
          'amountOre',
          { granted: kroner(status.grantedOre), grantedOre: status.grantedOre },
        );
      }
      await manager.upsert(
        FritidspasBudgetEntity,
        { municipalityId: request.municipalityId as string, year, amountOre },
        ['municipalityId', 'year'],
      );
      return this.status(manager, year);
    });
  }

  budget(request: RequestContext, year: number): Promise<BudgetStatus> {
    return inTenantTransaction(this.dataSource, request.municipalityId, (manager) => this.status(manager, year));
  }

  /** A grant is refused when it would take the year's grants above the budget; the budget row is locked meanwhile. */
  grant(request: RequestContext, input: GrantInput): Promise<GrantView> {
    for (const field of ['participantId', 'offerId'] as const)
      if (!UUID.test(input[field])) badInput(field, InputErrorReason.INVALID_FORMAT, 'not a valid id');
    if (input.periodEnd < input.periodStart)
      badInput('periodEnd', InputErrorReason.DATE_ORDER, 'must not be before the start');
    const year = Number(input.periodStart.slice(0, 4));
    const account = request.account as SignedInAccount;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const participant = await manager.findOne(ParticipantEntity, { where: { id: input.participantId } });
      if (!participant)
        throw new DomainError(
          'NOT_FOUND',
          AccessErrorReason.NOT_FOUND,
          'No participant with this id.',
          'participantId',
        );
      const child = participant.household.find(
        (c) => c.firstName.toLowerCase() === input.childFirstName.trim().toLowerCase(),
      );
      if (!child)
        badInput(
          'childFirstName',
          FritidspasErrorReason.CHILD_NOT_IN_HOUSEHOLD,
          'no child with this name in the participant’s household',
        );
      const age = year - child.birthYear;
      if (age > 18)
        badInput('childFirstName', FritidspasErrorReason.CHILD_TOO_OLD, 'fritidspas is for children up to 18', {
          max: 18,
        });
      const offer = await manager.findOne(OfferEntity, { where: { id: input.offerId } });
      if (!offer || offer.kind !== 'fritidspas')
        badInput('offerId', FritidspasErrorReason.NOT_A_FRITIDSPAS_OFFER, 'choose a fritidspas activity');
      const status = await this.status(manager, year, true);
      const total = input.feeOre + input.equipmentOre;
      if (total > status.remainingOre) {
        throw new DomainError(
          'CONFLICT',
          FritidspasErrorReason.BUDGET_EXCEEDED,
          `This grant of ${kroner(total)} would exceed the ${year} budget: ${kroner(status.remainingOre)} is left.`,
          'feeOre',
          {
            amount: kroner(total),
            year,
            remaining: kroner(status.remainingOre),
            remainingOre: status.remainingOre,
          },
        );
      }
      const grant = await manager.save(
        manager.create(FritidspasGrantEntity, {
          municipalityId: request.municipalityId as string,
          year,
          participantId: participant.id,
          childFirstName: child.firstName,
          childBirthYear: child.birthYear,
          offerId: offer.id,
          feeOre: input.feeOre,
          equipmentOre: input.equipmentOre,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          stillActive: null,
          retentionCheckedOn: null,
          grantedBy: account.id,
        }),
      );
      await this.accessLog.record(manager, request, 'change', [participant.id]);
      return (await this.views(manager, { id: grant.id }))[0];
    });
  }

  /** The year's grants, newest first; reading them is logged like a search of the parents. */
  grants(request: RequestContext, year: number, offset: number, limit: number): Promise<Page<GrantView>> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      badInput('year', InputErrorReason.OUT_OF_RANGE, 'enter a year such as 2026', { min: 2000, max: 2100 });
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const grants = await this.views(manager, { year }, { offset, limit });
      const total = await manager.count(FritidspasGrantEntity, { where: { year } });
      await this.accessLog.record(manager, request, 'search', [...new Set(grants.map((g) => g.participantId))], {
        fritidspasGrantsYear: year,
      });
      return { items: grants, total, offset, limit };
    });
  }

  /**
   * The households a grant can be for: participants with children of fritidspas age whose own or
   * whose child's name contains the search, or the one participant asked for. Never the whole
   * register: a search of at least 2 letters or an id is required, and only what is shown is logged.
   */
  households(
    request: RequestContext,
    search: string | null,
    participantId: string | null,
    limit: number,
  ): Promise<{ items: FritidspasHousehold[]; total: number; limit: number }> {
    checkPage(0, limit, MAX_PAGE_SIZE);
    const text = search?.trim() ?? '';
    if (participantId != null && !UUID.test(participantId))
      badInput('participantId', InputErrorReason.INVALID_FORMAT, 'not a valid id');
    if (participantId == null && text.length < 2)
      badInput('search', InputErrorReason.TOO_SHORT, 'enter at least 2 letters of a name', { min: 2 });
    if (text.length > 100)
      badInput('search', InputErrorReason.TOO_LONG, 'must be at most 100 characters', { max: 100 });
    const youngestBirthYear = new Date().getFullYear() - FRITIDSPAS_MAX_AGE;
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const where = `EXISTS (SELECT 1 FROM jsonb_array_elements(p.household) c
                              WHERE (c->>'birthYear')::int >= $1)
          AND ($2::uuid IS NULL OR p.id = $2::uuid)
          AND ($3 = '' OR p.first_name || ' ' || p.last_name ILIKE $4
               OR EXISTS (SELECT 1 FROM jsonb_array_elements(p.household) c
                           WHERE (c->>'birthYear')::int >= $1 AND c->>'firstName' ILIKE $4))`;
      const parameters = [youngestBirthYear, participantId, text, pattern];
      const rows: { id: string; first_name: string; last_name: string; household: FritidspasHousehold['children'] }[] =
        await manager.query(
          `SELECT p.id, p.first_name, p.last_name, p.household FROM participant p WHERE ${where}
            ORDER BY p.first_name, p.last_name, p.id LIMIT $5`,
          [...parameters, limit],
        );
      const [{ total }]: { total: number }[] = await manager.query(
        `SELECT count(*)::int AS total FROM participant p WHERE ${where}`,
        parameters,
      );
      if (rows.length > 0) {
        await this.accessLog.record(
          manager,
          request,
          'search',
          rows.map((r) => r.id),
          { fritidspasHouseholds: text || null, participantId },
        );
      }
      const items = rows.map((r) => ({
        participantId: r.id,
        parentName: `${r.first_name} ${r.last_name}`,
        children: r.household
          .filter((c) => c.birthYear >= youngestBirthYear)
          .map((c) => ({ firstName: c.firstName, birthYear: c.birthYear })),
      }));
      return { items, total: Number(total), limit };
    });
  }

  recordRetention(request: RequestContext, grantId: string, stillActive: boolean): Promise<GrantView> {
    if (!UUID.test(grantId)) badInput('id', InputErrorReason.INVALID_FORMAT, 'not a valid grant id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const grant = await manager.findOne(FritidspasGrantEntity, { where: { id: grantId } });
      if (!grant)
        throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No fritidspas grant with this id.', 'id');
      await manager.update(
        FritidspasGrantEntity,
        { id: grantId },
        { stillActive, retentionCheckedOn: new Date().toISOString().slice(0, 10) },
      );
      return (await this.views(manager, { id: grantId }))[0];
    });
  }

  private views(
    manager: EntityManager,
    where: { id: string } | { year: number },
    page?: { offset: number; limit: number },
  ): Promise<GrantView[]> {
    const query = manager
      .createQueryBuilder(FritidspasGrantEntity, 'g')
      .innerJoin(OfferEntity, 'o', 'o.id = g.offer_id')
      .innerJoin(ParticipantEntity, 'p', 'p.id = g.participant_id')
      .addSelect('o.title', 'offer_title')
      .addSelect("p.first_name || ' ' || p.last_name", 'participant_name')
      .orderBy('g.granted_at', 'DESC')
      .addOrderBy('g.id', 'ASC');
    if ('id' in where) query.where('g.id = :id', { id: where.id });
    else query.where('g.year = :year', { year: where.year });
    if (page) query.offset(page.offset).limit(page.limit);
    return query.getRawAndEntities().then(({ entities, raw }) =>
      entities.map((grant) => {
        const row = (raw as { g_id: string; offer_title: string; participant_name: string }[]).find(
          (r) => r.g_id === grant.id,
        );
        return { ...grant, offerTitle: row?.offer_title ?? '', participantName: row?.participant_name ?? '' };
      }),
    );
  }

  private async status(manager: EntityManager, year: number, lock = false): Promise<BudgetStatus> {
    const budget = await manager.findOne(FritidspasBudgetEntity, {
      where: { year },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const [{ granted }] = (await manager.query(
      `SELECT coalesce(sum(fee_ore + equipment_ore), 0)::bigint AS granted FROM fritidspas_grant WHERE year = $1`,
      [year],
    )) as [{ granted: string }];
    const amountOre = budget?.amountOre ?? 0;
    return { year, amountOre, grantedOre: Number(granted), remainingOre: amountOre - Number(granted) };
  }
}
