import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext, Roles } from '@brobygger/api/util';
import { toAssociationProfileModel } from './catalogue.mapper';
import { copenhagenDate } from './calendar-dates';
import { AssociationProfileModel } from './dto/catalogue.models';
import {
  AgreementStatusModel,
  PartnershipAgreementInput,
  PartnershipAgreementModel,
  RegisterPartnershipAgreementInput,
} from './dto/partnership.models';
import type { PartnershipAgreementEntity } from './partnership-agreement.entity';
import { agreementStatus } from './partnership-rules';
import { PartnershipsService } from './partnerships.service';
import { requestLoader } from './request-loaders';

function toAgreementModel(agreement: PartnershipAgreementEntity, today = copenhagenDate()): PartnershipAgreementModel {
  return {
    id: agreement.id,
    associationId: agreement.associationId,
    startsOn: agreement.startsOn,
    endsOn: agreement.endsOn,
    scope: agreement.scope,
    commitments: agreement.commitments,
    status: agreementStatus(agreement, today) as AgreementStatusModel,
    updatedAt: agreement.updatedAt,
  };
}

@Resolver(() => AssociationProfileModel)
export class PartnershipsResolver {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Roles('coordinator', 'administrator')
  @Query(() => [AssociationProfileModel], {
    description: 'Every association of the municipality, for staff managing partnership agreements.',
  })
  async partnerAssociations(@CurrentRequest() request: RequestContext): Promise<AssociationProfileModel[]> {
    return (await this.partnerships.associations(request)).map(toAssociationProfileModel);
  }

  /**
   * Reachable only through profiles the caller may see (their own association, or staff's overview);
   * batched per request, so a list of associations costs one query for all their agreements.
   */
  @Roles('association-representative', 'coordinator', 'administrator')
  @ResolveField(() => [PartnershipAgreementModel], { description: 'Partnership agreements, newest first.' })
  async partnershipAgreements(
    @Parent() association: AssociationProfileModel,
    @Context('req') req: object,
    @CurrentRequest() request: RequestContext,
  ): Promise<PartnershipAgreementModel[]> {
    const loader = requestLoader(req, 'partnershipAgreements', async (ids) => {
      const agreements = await this.partnerships.agreementsOf(request.municipalityId, ids);
      return ids.map((id) => agreements.filter((a) => a.associationId === id));
    });
    const today = copenhagenDate();
    return (await loader.load(association.id)).map((a) => toAgreementModel(a, today));
  }

  @Roles('coordinator', 'administrator')
  @Mutation(() => PartnershipAgreementModel, { description: 'Registers a partnership agreement with an association.' })
  async registerPartnershipAgreement(
    @Args('input') input: RegisterPartnershipAgreementInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<PartnershipAgreementModel> {
    return toAgreementModel(await this.partnerships.register(request, input));
  }

  @Roles('coordinator', 'administrator')
  @Mutation(() => PartnershipAgreementModel, { description: 'Changes the terms of an agreement that has not ended.' })
  async updatePartnershipAgreement(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PartnershipAgreementInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<PartnershipAgreementModel> {
    return toAgreementModel(await this.partnerships.update(request, id, input));
  }

  @Roles('coordinator', 'administrator')
  @Mutation(() => PartnershipAgreementModel, {
    description: 'Ends an agreement: endsOn (ISO date) becomes its last day.',
  })
  async endPartnershipAgreement(
    @Args('id', { type: () => ID }) id: string,
    @Args('endsOn') endsOn: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<PartnershipAgreementModel> {
    return toAgreementModel(await this.partnerships.end(request, id, endsOn));
  }
}
