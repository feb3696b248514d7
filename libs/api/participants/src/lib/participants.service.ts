import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import {
  AccessErrorReason,
  DomainError,
  InputErrorReason,
  type Page,
  type RequestContext,
  UUID,
} from '@brobygger/api/util';
import { AccessLogEntryEntity } from './access-log-entry.entity';
import { AccessLogService } from './access-log.service';
import type { ParticipantInput } from './dto/participant.models';
import { ParticipantEntity } from './participant.entity';
import { checkIntake } from './participant-intake.rules';
import { LanguageEntity, LocalityEntity } from '@brobygger/api/reference-data';
import { In } from 'typeorm';

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  /** A coordinator's search in their municipality, a page at a time; the criteria and every person shown are logged. */
  search(
    request: RequestContext,
    criteria: { name?: string | null; localityId?: string | null },
    offset: number,
    limit: number,
  ): Promise<Page<ParticipantEntity>> {
    if (criteria.localityId && !UUID.test(criteria.localityId)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        InputErrorReason.INVALID_FORMAT,
        'localityId: not a valid id',
        'localityId',
      );
    }
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const query = manager
        .createQueryBuilder(ParticipantEntity, 'p')
        .leftJoinAndSelect('p.locality', 'locality')
        .orderBy('p.lastName', 'ASC')
        .addOrderBy('p.firstName', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .skip(offset)
        .take(limit);
      const name = criteria.name?.trim();
      if (name) {
        const pattern = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query.andWhere(
          "(p.first_name ILIKE :pattern OR p.last_name ILIKE :pattern OR p.first_name || ' ' || p.last_name ILIKE :pattern)",
          { pattern },
        );
      }
      if (criteria.localityId) query.andWhere('p.locality_id = :localityId', { localityId: criteria.localityId });
      const [found, total] = await query.getManyAndCount();
      await this.accessLog.record(
        manager,
        request,
        'search',
        found.map((p) => p.id),
        { name: name ?? null, localityId: criteria.localityId ?? null },
      );
      return { items: found, total, offset, limit };
    });
  }

  get(request: RequestContext, id: string): Promise<ParticipantEntity> {
    if (!UUID.test(id))
      throw new DomainError('BAD_USER_INPUT', InputErrorReason.INVALID_FORMAT, 'id: not a valid participant id', 'id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const participant = await manager.findOne(ParticipantEntity, { where: { id }, relations: { locality: true } });
      // Another municipality's participant is invisible (row-level security): same answer as a wrong id.
      if (!participant)
        throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No participant with this id.', 'id');
      await this.accessLog.record(manager, request, 'read', [participant.id]);
      return participant;
    });
  }

  /** Intake: registered under the municipality's public task; the registering coordinator follows them unless another is named. */
  register(request: RequestContext, input: ParticipantInput): Promise<ParticipantEntity> {
    checkIntake(input);
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      await this.checkReferences(manager, request.municipalityId, input);
      const now = new Date().toISOString();
      const participant = await manager.save(
        manager.create(ParticipantEntity, {
          ...this.fields(request, input),
          municipalityId: request.municipalityId as string,
          legalBasis: 'public-task',
          consents: [...new Set(input.consents)].map((purpose) => ({ purpose, givenAt: now, withdrawnAt: null })),
        }),
      );
      await this.accessLog.record(manager, request, 'change', [participant.id]);
      return manager.findOneOrFail(ParticipantEntity, { where: { id: participant.id }, relations: { locality: true } });
    });
  }

  update(request: RequestContext, id: string, input: ParticipantInput): Promise<ParticipantEntity> {
    if (!UUID.test(id))
      throw new DomainError('BAD_USER_INPUT', InputErrorReason.INVALID_FORMAT, 'id: not a valid participant id', 'id');
    checkIntake(input);
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const existing = await manager.findOne(ParticipantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing)
        throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'No participant with this id.', 'id');
      await this.checkReferences(manager, request.municipalityId, input);
      const now = new Date().toISOString();
      const wanted = new Set(input.consents);
      const consents = existing.consents.map((c) =>
        !wanted.has(c.purpose) && !c.withdrawnAt ? { ...c, withdrawnAt: now } : c,
      );
      for (const purpose of wanted) {
        if (!consents.some((c) => c.purpose === purpose && !c.withdrawnAt))
          consents.push({ purpose, givenAt: now, withdrawnAt: null });
      }
      await manager.update(ParticipantEntity, { id }, { ...this.fields(request, input), consents });
      await this.accessLog.record(manager, request, 'change', [id]);
      return manager.findOneOrFail(ParticipantEntity, { where: { id }, relations: { locality: true } });
    });
  }

  private fields(request: RequestContext, input: ParticipantInput): Partial<ParticipantEntity> {
    return {
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      birthYear: input.birthYear,
      gender: input.gender ?? null,
      languages: input.languages,
      interpreterNeeded: input.interpreterNeeded,
      danishLevel: input.danishLevel ?? null,
      localityId: input.localityId,
      household: input.household.map((c) => ({ firstName: c.firstName.trim(), birthYear: c.birthYear })),
      interests: [...new Set(input.interests)],
      needs: [...new Set(input.needs)],
      preferredVolunteerGender: input.preferredVolunteerGender ?? null,
      arrivalDate: input.arrivalDate || null,
      contactCoordinatorId: input.contactCoordinatorId || request.account?.id || null,
      notes: input.notes.trim(),
    };
  }

  private async checkReferences(
    manager: EntityManager,
    municipalityId: string | null,
    input: ParticipantInput,
  ): Promise<void> {
    if (!UUID.test(input.localityId) || !(await manager.exists(LocalityEntity, { where: { id: input.localityId } }))) {
      throw new DomainError(
        'BAD_USER_INPUT',
        InputErrorReason.UNKNOWN_REFERENCE,
        'localityId: no such town in this municipality',
        'localityId',
      );
    }
    const codes = [...new Set(input.languages.map((l) => l.code))];
    if (codes.length && (await manager.count(LanguageEntity, { where: { code: In(codes) } })) !== codes.length) {
      throw new DomainError(
        'BAD_USER_INPUT',
        InputErrorReason.UNKNOWN_REFERENCE,
        'languages: contains a language that is not in the list',
        'languages',
      );
    }
    if (input.contactCoordinatorId) {
      // The account table has no row-level security: the municipality is part of the condition.
      const found =
        UUID.test(input.contactCoordinatorId) &&
        (
          (await manager.query(
            `SELECT 1 FROM account a JOIN account_role r ON r.account_id = a.id
            WHERE a.id = $1 AND a.municipality_id = $2 AND r.role = 'coordinator'`,
            [input.contactCoordinatorId, municipalityId],
          )) as unknown[]
        ).length > 0;
      if (!found) {
        throw new DomainError(
          'BAD_USER_INPUT',
          InputErrorReason.UNKNOWN_REFERENCE,
          'contactCoordinatorId: choose a coordinator of this municipality',
          'contactCoordinatorId',
        );
      }
    }
  }

  /** The access log about one participant, newest first (a person has the right to see it). */
  accessLogFor(request: RequestContext, participantId: string): Promise<AccessLogEntryEntity[]> {
    if (!UUID.test(participantId)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        InputErrorReason.INVALID_FORMAT,
        'participantId: not a valid participant id',
        'participantId',
      );
    }
    return inTenantTransaction(this.dataSource, request.municipalityId, (manager) =>
      manager.find(AccessLogEntryEntity, { where: { participantId }, order: { at: 'DESC' }, take: 1000 }),
    );
  }
}
