import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext, Roles } from '@brobygger/api/util';
import { toAssociationProfileModel, toOfferModel } from './catalogue.mapper';
import { AssociationProfileModel, OfferModel } from './dto/catalogue.models';
import { AssociationProfileInput } from './dto/association-profile.input';
import { CreateOfferInput, OfferInput } from './dto/offer.inputs';
import { OffersService } from './offers.service';

@Resolver()
export class OffersResolver {
  constructor(private readonly offers: OffersService) {}

  @Roles('association-representative')
  @Query(() => [AssociationProfileModel], { description: 'The associations the signed-in representative manages.' })
  async myAssociations(@CurrentRequest() request: RequestContext): Promise<AssociationProfileModel[]> {
    return (await this.offers.myAssociations(request)).map(toAssociationProfileModel);
  }

  @Roles('association-representative', 'coordinator')
  @Mutation(() => AssociationProfileModel, { description: 'Updates an association’s profile.' })
  async updateAssociationProfile(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AssociationProfileInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<AssociationProfileModel> {
    return toAssociationProfileModel(await this.offers.updateProfile(request, id, input));
  }

  @Roles('association-representative', 'coordinator')
  @Query(() => [OfferModel], { description: 'All offers of an association, drafts and closed ones included.' })
  async associationOffers(
    @Args('associationId', { type: () => ID }) associationId: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<OfferModel[]> {
    return (await this.offers.associationOffers(request, associationId)).map(toOfferModel);
  }

  @Roles('association-representative', 'coordinator')
  @Mutation(() => OfferModel, { description: 'A new offer, as a draft.' })
  async createOffer(
    @Args('input') input: CreateOfferInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<OfferModel> {
    return toOfferModel(await this.offers.create(request, input));
  }

  @Roles('association-representative', 'coordinator')
  @Mutation(() => OfferModel)
  async updateOffer(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OfferInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<OfferModel> {
    return toOfferModel(await this.offers.update(request, id, input));
  }

  @Roles('association-representative', 'coordinator')
  @Mutation(() => OfferModel, { description: 'Puts the offer in the public catalogue.' })
  async publishOffer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<OfferModel> {
    return toOfferModel(await this.offers.publish(request, id));
  }

  @Roles('association-representative', 'coordinator')
  @Mutation(() => OfferModel, { description: 'Takes the offer out of the catalogue for good.' })
  async closeOffer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<OfferModel> {
    return toOfferModel(await this.offers.close(request, id));
  }

  @Roles('association-representative', 'coordinator')
  @Mutation(() => Boolean, {
    description: 'Deletes a draft that was never published and has no referrals; anything else is closed (CONFLICT).',
  })
  async deleteOffer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<boolean> {
    await this.offers.delete(request, id);
    return true;
  }
}
