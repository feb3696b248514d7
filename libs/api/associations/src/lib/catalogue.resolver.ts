import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, Public, type RequestContext } from '@brobygger/api/util';
import { toAssociationModel, toOfferModel } from './catalogue.mapper';
import { CatalogueService } from './catalogue.service';
import { AssociationPageModel, OfferPageModel } from './dto/catalogue.models';
import { OfferFilterInput } from './dto/offer-filter.input';

@Resolver()
export class CatalogueResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Query(() => AssociationPageModel, { description: 'Associations in the municipality, by name, a page at a time.' })
  async associations(
    @CurrentRequest() request: RequestContext,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 50, description: 'At most 50.' }) limit = 50,
  ): Promise<AssociationPageModel> {
    const page = await this.catalogue.listAssociations(request.municipalityId, offset, limit);
    return { ...page, items: page.items.map(toAssociationModel) };
  }

  @Public()
  @Query(() => OfferPageModel, { description: 'Published offers, events first by date, a page at a time.' })
  async publishedOffers(
    @CurrentRequest() request: RequestContext,
    @Args('filter', { type: () => OfferFilterInput, nullable: true }) filter?: OfferFilterInput | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'At most 50.' }) limit = 20,
  ): Promise<OfferPageModel> {
    const page = await this.catalogue.listPublishedOffers(request.municipalityId, filter ?? {}, offset, limit);
    return { ...page, items: page.items.map(toOfferModel) };
  }
}
