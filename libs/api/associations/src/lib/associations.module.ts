import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationEntity } from './association.entity';
import { CatalogueResolver } from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';
import { OfferEntity } from './offer.entity';

export const associationEntities = [AssociationEntity, OfferEntity];

@Module({
  imports: [TypeOrmModule.forFeature(associationEntities)],
  providers: [CatalogueService, CatalogueResolver],
  exports: [CatalogueService],
})
export class AssociationsModule {}
