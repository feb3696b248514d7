import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationEntity } from './association.entity';
import { AssociationRegistrationResolver } from './association-registration.resolver';
import { AssociationRegistrationService } from './association-registration.service';
import { AssociationRepresentationService } from './association-representation.service';
import { AssociationRepresentativeEntity } from './association-representative.entity';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { CatalogueResolver } from './catalogue.resolver';
import { CatalogueService } from './catalogue.service';
import { OfferEntity } from './offer.entity';
import { OffersResolver } from './offers.resolver';
import { OffersService } from './offers.service';
import { PartnershipAgreementEntity } from './partnership-agreement.entity';
import { PartnershipsResolver } from './partnerships.resolver';
import { PartnershipsService } from './partnerships.service';

export const associationEntities = [
  AssociationEntity,
  AssociationRepresentativeEntity,
  OfferEntity,
  PartnershipAgreementEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(associationEntities)],
  controllers: [CalendarController],
  providers: [
    CatalogueService,
    CatalogueResolver,
    OffersService,
    OffersResolver,
    PartnershipsService,
    PartnershipsResolver,
    CalendarService,
    AssociationRegistrationService,
    AssociationRegistrationResolver,
    AssociationRepresentationService,
  ],
  exports: [CatalogueService],
})
export class AssociationsModule {}
