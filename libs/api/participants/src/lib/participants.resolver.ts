import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, PageArgs, type RequestContext, Roles } from '@brobygger/api/util';
import type { AccessLogEntryEntity } from './access-log-entry.entity';
import {
  AccessLogEntryModel,
  ParticipantInput,
  ParticipantModel,
  ParticipantPageModel,
  ParticipantSearchInput,
} from './dto/participant.models';
import type { ParticipantEntity } from './participant.entity';
import { ParticipantsService } from './participants.service';

function toParticipantModel(participant: ParticipantEntity): ParticipantModel {
  return {
    id: participant.id,
    firstName: participant.firstName,
    lastName: participant.lastName,
    birthYear: participant.birthYear,
    gender: participant.gender,
    localityId: participant.localityId,
    localityName: participant.locality?.name ?? '',
    languages: participant.languages,
    interpreterNeeded: participant.interpreterNeeded,
    needs: participant.needs,
    interests: participant.interests,
    arrivalDate: participant.arrivalDate,
    danishLevel: participant.danishLevel,
    household: participant.household,
    preferredVolunteerGender: participant.preferredVolunteerGender,
    contactCoordinatorId: participant.contactCoordinatorId,
    legalBasis: participant.legalBasis,
    consents: participant.consents.filter((c) => !c.withdrawnAt).map((c) => c.purpose),
    notes: participant.notes,
  };
}

function toAccessLogEntryModel(entry: AccessLogEntryEntity): AccessLogEntryModel {
  return { ...entry, criteria: entry.criteria ? JSON.stringify(entry.criteria) : null };
}

@Resolver()
export class ParticipantsResolver {
  constructor(private readonly participantsService: ParticipantsService) {}

  @Roles('coordinator')
  @Query(() => ParticipantPageModel, {
    description: 'Search the municipality’s participants, a page at a time (the page is logged).',
  })
  async participants(
    @Args('search', { type: () => ParticipantSearchInput }) search: ParticipantSearchInput,
    @Args() { offset, limit }: PageArgs,
    @CurrentRequest() request: RequestContext,
  ): Promise<ParticipantPageModel> {
    const page = await this.participantsService.search(request, search, offset, limit);
    return { ...page, items: page.items.map(toParticipantModel) };
  }

  @Roles('coordinator')
  @Query(() => ParticipantModel, { description: 'One participant (logged).' })
  async participant(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<ParticipantModel> {
    return toParticipantModel(await this.participantsService.get(request, id));
  }

  @Roles('coordinator')
  @Mutation(() => ParticipantModel, { description: 'Registers a participant (intake; logged).' })
  async registerParticipant(
    @Args('input') input: ParticipantInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<ParticipantModel> {
    return toParticipantModel(await this.participantsService.register(request, input));
  }

  @Roles('coordinator')
  @Mutation(() => ParticipantModel, { description: 'Updates a participant; consents left out are withdrawn (logged).' })
  async updateParticipant(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ParticipantInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<ParticipantModel> {
    return toParticipantModel(await this.participantsService.update(request, id, input));
  }

  @Roles('administrator')
  @Query(() => [AccessLogEntryModel], { description: 'Who accessed this participant’s data, newest first.' })
  async participantAccessLog(
    @Args('participantId', { type: () => ID }) participantId: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<AccessLogEntryModel[]> {
    return (await this.participantsService.accessLogFor(request, participantId)).map(toAccessLogEntryModel);
  }
}
