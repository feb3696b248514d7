import { Args, ArgsType, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, PageArgsWithLimit, Public, type RequestContext } from '@brobygger/api/util';
import { toAssociationModel, toOfferModel } from './catalogue.mapper';
import { CatalogueService } from './catalogue.service';
import { AssociationPageModel, OfferPageModel } from './dto/catalogue.models';
import { OfferFilterInput } from './dto/offer-filter.input';

/** This list's page: 20 at a time unless asked otherwise. */
@ArgsType()
class PageArgsOf20 extends PageArgsWithLimit(20) {}

/** This list's page: 50 at a time unless asked otherwise. */
@ArgsType()
class PageArgsOf50 extends PageArgsWithLimit(50) {}

@Resolver()
export class CatalogueResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  @Public()
  @Query(() => AssociationPageModel, { description: 'Associations in the municipality, by name, a page at a time.' })
  async associations(
    @CurrentRequest() request: RequestContext,
    @Args() { offset, limit }: PageArgsOf50,
  ): Promise<AssociationPageModel> {
    const page = await this.catalogue.listAssociations(request.municipalityId, offset, limit);
    return { ...page, items: page.items.map(toAssociationModel) };
  }

  @Public()
  @Query(() => OfferPageModel, { description: 'Published offers, events first by date, a page at a time.' })
  async publishedOffers(
    @CurrentRequest() request: RequestContext,
    @Args('filter', { type: () => OfferFilterInput, nullable: true }) filter: OfferFilterInput | null | undefined,
    @Args() { offset, limit }: PageArgsOf20,
  ): Promise<OfferPageModel> {
    const page = await this.catalogue.listPublishedOffers(request.municipalityId, filter ?? {}, offset, limit);
    return { ...page, items: page.items.map(toOfferModel) };
  }
}
