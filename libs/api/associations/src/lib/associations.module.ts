import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationEntity } from './association.entity';
import { AssociationRepresentativeEntity } from './association-representative.entity';
import { CatalogueResolver } from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';
import { OfferEntity } from './offer.entity';
import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';

export const associationEntities = [AssociationEntity, AssociationRepresentativeEntity, OfferEntity];

@Module({
  imports: [TypeOrmModule.forFeature(associationEntities)],
  providers: [CatalogueService, CatalogueResolver, OffersService, OffersResolver],
  exports: [CatalogueService],
})
export class AssociationsModule {}
