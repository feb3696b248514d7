import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, PageArgs, type RequestContext, Roles } from '@brobygger/api/util';
import {
  FritidspasBudgetModel,
  FritidspasGrantInput,
  FritidspasGrantModel,
  FritidspasGrantPageModel,
  FritidspasHouseholdPageModel,
} from './dto/fritidspas.models';
import { FritidspasService } from './fritidspas.service';

@Resolver()
export class FritidspasResolver {
  constructor(private readonly fritidspas: FritidspasService) {}

  @Roles('administrator')
  @Mutation(() => FritidspasBudgetModel, { description: 'Sets the year’s fritidspas budget (in øre).' })
  setFritidspasBudget(
    @Args('year', { type: () => Int }) year: number,
    @Args('amountOre', { type: () => Int }) amountOre: number,
    @CurrentRequest() request: RequestContext,
  ): Promise<FritidspasBudgetModel> {
    return this.fritidspas.setBudget(request, year, amountOre);
  }

  @Roles('administrator', 'coordinator')
  @Query(() => FritidspasBudgetModel, { description: 'The budget, what is granted and what remains.' })
  fritidspasBudget(
    @Args('year', { type: () => Int }) year: number,
    @CurrentRequest() request: RequestContext,
  ): Promise<FritidspasBudgetModel> {
    return this.fritidspas.budget(request, year);
  }

  @Roles('coordinator')
  @Query(() => FritidspasGrantPageModel, {
    description: 'The year’s grants, newest first, a page at a time (the page is logged).',
  })
  fritidspasGrants(
    @Args('year', { type: () => Int }) year: number,
    @Args() { offset, limit }: PageArgs,
    @CurrentRequest() request: RequestContext,
  ): Promise<FritidspasGrantPageModel> {
    return this.fritidspas.grants(request, year, offset, limit);
  }

  @Roles('coordinator')
  @Query(() => FritidspasHouseholdPageModel, {
    description:
      'Participants with children of fritidspas age, by the parent’s or a child’s name (at least 2 letters) or by id (logged).',
  })
  fritidspasHouseholds(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('participantId', { type: () => ID, nullable: true }) participantId: string | null,
    @Args('limit', { type: () => Int, defaultValue: 20, description: 'At most 50.' }) limit: number,
    @CurrentRequest() request: RequestContext,
  ): Promise<FritidspasHouseholdPageModel> {
    return this.fritidspas.households(request, search, participantId, limit);
  }

  @Roles('coordinator')
  @Mutation(() => FritidspasGrantModel, {
    description: 'Grants a child’s fee and equipment; refused if it would exceed the budget.',
  })
  grantFritidspas(
    @Args('input') input: FritidspasGrantInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<FritidspasGrantModel> {
    return this.fritidspas.grant(request, input);
  }

  @Roles('coordinator')
  @Mutation(() => FritidspasGrantModel, { description: 'Season-end retention check.' })
  recordFritidspasRetention(
    @Args('id', { type: () => ID }) id: string,
    @Args('stillActive') stillActive: boolean,
    @CurrentRequest() request: RequestContext,
  ): Promise<FritidspasGrantModel> {
    return this.fritidspas.recordRetention(request, id, stillActive);
  }
}
