import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AssociationEntity } from './association.entity';
import { OfferEntity } from './offer.entity';

/** The public catalogue: associations and their published offers, relations joined in one query. */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectRepository(AssociationEntity) private readonly associations: Repository<AssociationEntity>,
    @InjectRepository(OfferEntity) private readonly offers: Repository<OfferEntity>,
  ) {}

  listAssociations(): Promise<AssociationEntity[]> {
    return this.associations.find({ relations: { locality: true }, order: { name: 'ASC' } });
  }

  listPublishedOffers(): Promise<OfferEntity[]> {
    return this.offers.find({
      where: { status: 'published' },
      relations: { association: { locality: true }, locality: true, activity: true },
      order: { startsAt: { direction: 'ASC', nulls: 'LAST' }, title: 'ASC' },
    });
  }
}
