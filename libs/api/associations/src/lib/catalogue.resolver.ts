import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, Public, type RequestContext } from '@brobygger/api/util';
import { toAssociationModel, toOfferModel } from './catalogue.mapper';
import { CatalogueService } from './catalogue.service';
import { AssociationModel, OfferModel } from './dto/catalogue.models';
import { OfferFilterInput } from './dto/offer-filter.input';

@Resolver()
export class CatalogueResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Query(() => [AssociationModel], { description: 'Associations in the municipality.' })
  async associations(@CurrentRequest() request: RequestContext): Promise<AssociationModel[]> {
    return (await this.catalogue.listAssociations(request.municipalityId)).map(toAssociationModel);
  }

  @Public()
  @Query(() => [OfferModel], { description: 'Published offers, events first by date.' })
  async publishedOffers(
    @CurrentRequest() request: RequestContext,
    @Args('filter', { type: () => OfferFilterInput, nullable: true }) filter?: OfferFilterInput | null,
  ): Promise<OfferModel[]> {
    return (await this.catalogue.listPublishedOffers(request.municipalityId, filter ?? {})).map(toOfferModel);
  }
}
