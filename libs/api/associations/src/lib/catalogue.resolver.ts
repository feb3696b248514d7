import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@brobygger/api/util';
import { toAssociationModel, toOfferModel } from './catalogue.mapper';
import { CatalogueService } from './catalogue.service';
import { AssociationModel, OfferModel } from './dto/catalogue.models';

@Resolver()
export class CatalogueResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Query(() => [AssociationModel], { description: 'Associations in the municipality.' })
  async associations(): Promise<AssociationModel[]> {
    return (await this.catalogue.listAssociations()).map(toAssociationModel);
  }

  @Public()
  @Query(() => [OfferModel], { description: 'Published offers, events first by date.' })
  async publishedOffers(): Promise<OfferModel[]> {
    return (await this.catalogue.listPublishedOffers()).map(toOfferModel);
  }
}
