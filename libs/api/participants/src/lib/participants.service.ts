import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { DomainError, type RequestContext } from '@brobygger/api/util';
import { AccessLogEntryEntity } from './access-log-entry.entity';
import { AccessLogService } from './access-log.service';
import { ParticipantEntity } from './participant.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  /** A coordinator's search in their municipality; the criteria and every person found are logged. */
  search(
    request: RequestContext,
    criteria: { name?: string | null; localityId?: string | null; first: number },
  ): Promise<ParticipantEntity[]> {
    if (criteria.first < 1 || criteria.first > 200) {
      throw new DomainError('BAD_USER_INPUT', 'first: must be between 1 and 200', 'first');
    }
    if (criteria.localityId && !UUID.test(criteria.localityId)) {
      throw new DomainError('BAD_USER_INPUT', 'localityId: not a valid id', 'localityId');
    }
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const query = manager
        .createQueryBuilder(ParticipantEntity, 'p')
        .leftJoinAndSelect('p.locality', 'locality')
        .orderBy('p.lastName', 'ASC')
        .addOrderBy('p.firstName', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .take(criteria.first);
      const name = criteria.name?.trim();
      if (name) {
        const pattern = `%${name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query.andWhere(
          "(p.first_name ILIKE :pattern OR p.last_name ILIKE :pattern OR p.first_name || ' ' || p.last_name ILIKE :pattern)",
          { pattern },
        );
      }
      if (criteria.localityId) query.andWhere('p.locality_id = :localityId', { localityId: criteria.localityId });
      const found = await query.getMany();
      await this.accessLog.record(
        manager,
        request,
        'search',
        found.map((p) => p.id),
        { name: name ?? null, localityId: criteria.localityId ?? null },
      );
      return found;
    });
  }

  get(request: RequestContext, id: string): Promise<ParticipantEntity> {
    if (!UUID.test(id)) throw new DomainError('BAD_USER_INPUT', 'id: not a valid participant id', 'id');
    return inTenantTransaction(this.dataSource, request.municipalityId, async (manager) => {
      const participant = await manager.findOne(ParticipantEntity, { where: { id }, relations: { locality: true } });
      // Another municipality's participant is invisible (row-level security): same answer as a wrong id.
      if (!participant) throw new DomainError('NOT_FOUND', 'No participant with this id.', 'id');
      await this.accessLog.record(manager, request, 'read', [participant.id]);
      return participant;
    });
  }

  /** The access log about one participant, newest first (a person has the right to see it). */
  accessLogFor(request: RequestContext, participantId: string): Promise<AccessLogEntryEntity[]> {
    if (!UUID.test(participantId)) {
      throw new DomainError('BAD_USER_INPUT', 'participantId: not a valid participant id', 'participantId');
    }
    return inTenantTransaction(this.dataSource, request.municipalityId, (manager) =>
      manager.find(AccessLogEntryEntity, { where: { participantId }, order: { at: 'DESC' }, take: 1000 }),
    );
  }
}
