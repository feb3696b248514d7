import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { DomainError, InputErrorReason, type Page, UUID } from '@brobygger/api/util';
import { AssociationEntity } from './association.entity';
import { OfferEntity } from './offer.entity';

export interface OfferFilter {
  kind?: string | null;
  activityKey?: string | null;
  localityId?: string | null;
  age?: number | null;
  languageCode?: string | null;
}

/** The public catalogue: associations and their published offers, relations joined in one query. */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listAssociations(municipalityId: string | null, offset = 0, limit = 50): Promise<Page<AssociationEntity>> {
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const [items, total] = await manager.findAndCount(AssociationEntity, {
        relations: { locality: true },
        order: { name: 'ASC', id: 'ASC' },
        skip: offset,
        take: limit,
      });
      return { items, total, offset, limit };
    });
  }

  listPublishedOffers(
    municipalityId: string | null,
    filter: OfferFilter = {},
    offset = 0,
    limit = 20,
  ): Promise<Page<OfferEntity>> {
    if (filter.age != null && (filter.age < 0 || filter.age > 120)) {
      throw new DomainError('BAD_USER_INPUT', InputErrorReason.OUT_OF_RANGE, 'age: must be from 0 to 120', 'age', {
        min: 0,
        max: 120,
      });
    }
    if (filter.localityId && !UUID.test(filter.localityId)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        InputErrorReason.INVALID_FORMAT,
        'localityId: not a valid id',
        'localityId',
      );
    }
    return inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const query = manager
        .createQueryBuilder(OfferEntity, 'offer')
        .leftJoinAndSelect('offer.association', 'association')
        .leftJoinAndSelect('association.locality', 'associationLocality')
        .leftJoinAndSelect('offer.locality', 'locality')
        .leftJoinAndSelect('offer.activity', 'activity')
        .where("offer.status = 'published'")
        .orderBy('offer.starts_at', 'ASC', 'NULLS LAST')
        .addOrderBy('offer.title', 'ASC')
        .addOrderBy('offer.id', 'ASC');
      if (filter.kind) query.andWhere('offer.kind = :kind', { kind: filter.kind });
      if (filter.activityKey) query.andWhere('offer.activity_key = :activityKey', { activityKey: filter.activityKey });
      if (filter.localityId) query.andWhere('offer.locality_id = :localityId', { localityId: filter.localityId });
      if (filter.age != null) {
        query.andWhere(
          '(offer.age_min IS NULL OR offer.age_min <= :age) AND (offer.age_max IS NULL OR offer.age_max >= :age)',
          {
            age: filter.age,
          },
        );
      }
      if (filter.languageCode)
        query.andWhere(':language = ANY(offer.language_codes)', { language: filter.languageCode });
      // One query for the page with its relations joined (no query per offer), one for the total.
      const [items, total] = await query.skip(offset).take(limit).getManyAndCount();
      return { items, total, offset, limit };
    });
  }
}
