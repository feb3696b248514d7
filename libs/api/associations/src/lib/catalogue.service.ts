import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { AssociationEntity } from './association.entity';
import { OfferEntity } from './offer.entity';

/** The public catalogue: associations and their published offers, relations joined in one query. */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  listAssociations(municipalityId: string | null): Promise<AssociationEntity[]> {
    return inTenantTransaction(this.dataSource, municipalityId, (manager) =>
      manager.find(AssociationEntity, { relations: { locality: true }, order: { name: 'ASC' } }),
    );
  }

  listPublishedOffers(municipalityId: string | null): Promise<OfferEntity[]> {
    return inTenantTransaction(this.dataSource, municipalityId, (manager) =>
      manager.find(OfferEntity, {
        where: { status: 'published' },
        relations: { association: { locality: true }, locality: true, activity: true },
        order: { startsAt: { direction: 'ASC', nulls: 'LAST' }, title: 'ASC' },
      }),
    );
  }
}
