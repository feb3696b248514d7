import { Paginated, enumOf } from '@brobygger/api/util';
import { NeedModel } from '@brobygger/api/participants';
import { MATCH_END_OUTCOMES, type Need } from '@brobygger/shared/rules';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchingPairInput } from './match-fields.models';

export enum MatchKindModel {
  MENTOR = 'mentor',
  LEISURE_GUIDE = 'leisure-guide',
  PEER_GROUP = 'peer-group',
  TRIAL_MEMBERSHIP = 'trial-membership',
  FRITIDSPAS = 'fritidspas',
  EVENT = 'event',
}
registerEnumType(MatchKindModel, { name: 'MatchKind' });

export enum MatchStatusModel {
  PROPOSED = 'proposed',
  APPROVED = 'approved',
  ACCEPTED = 'accepted',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  ENDED = 'ended',
  DECLINED = 'declined',
  EXPIRED = 'expired',
}
registerEnumType(MatchStatusModel, { name: 'MatchStatus' });

export const MatchEndOutcomeModel = enumOf(MATCH_END_OUTCOMES);
registerEnumType(MatchEndOutcomeModel, {
  name: 'MatchEndOutcome',
  description: 'How a match ended, as the coordinator records it with endMatch.',
});

@ObjectType('MatchReason', {
  description: 'A translatable reason: the web maps key to a sentence and fills in params.',
})
export class MatchReasonModel {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'The parameters as a JSON object, e.g. {"code":"ar"}.' })
  params!: string;
}

@ObjectType('Match')
export class MatchModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MatchKindModel)
  kind!: MatchKindModel;

  @Field(() => MatchStatusModel)
  status!: MatchStatusModel;

  @Field(() => Float)
  score!: number;

  @Field(() => [MatchReasonModel])
  reasons!: MatchReasonModel[];

  @Field(() => ID)
  participantId!: string;

  @Field(() => ID, { nullable: true })
  volunteerId!: string | null;

  @Field(() => ID, { nullable: true })
  offerId!: string | null;

  @Field(() => Date)
  proposedAt!: Date;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The volunteer or association must answer by then.' })
  respondBy!: Date | null;

  @Field(() => String, { nullable: true })
  closeReason!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;
}

@ObjectType('MatchPage', { description: 'One page of the municipality’s matches.' })
export class MatchPageModel extends Paginated(MatchModel, 'All matches that fit the filters, across pages.') {}

@ObjectType('MatchingRun', { description: 'One run of the matching engine.' })
export class MatchingRunModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MatchKindModel)
  kind!: MatchKindModel;

  @Field(() => Int)
  participantCount!: number;

  @Field(() => Int)
  providerCount!: number;

  @Field(() => Int)
  proposalCount!: number;

  @Field(() => Float)
  objective!: number;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => String, { description: 'The weights used, as JSON.' })
  weights!: string;

  @Field(() => Date)
  ranAt!: Date;
}

@ObjectType('UnmatchedParticipant')
export class UnmatchedParticipantModel {
  @Field(() => ID)
  participantId!: string;

  @Field(() => MatchReasonModel)
  reason!: MatchReasonModel;
}

@ObjectType('MatchingRunResult')
export class MatchingRunResultModel {
  @Field(() => MatchingRunModel)
  run!: MatchingRunModel;

  @Field(() => [MatchModel])
  proposals!: MatchModel[];

  @Field(() => [UnmatchedParticipantModel])
  unmatched!: UnmatchedParticipantModel[];
}

@ObjectType('MatchAnswer', {
  description:
    'What the volunteer or association gets back after answering a proposal: its new status. Nothing about ' +
    'the participant or how the engine scored the pair (that is the coordinator’s Match).',
})
export class MatchAnswerModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MatchKindModel)
  kind!: MatchKindModel;

  @Field(() => MatchStatusModel, { description: 'ACCEPTED or DECLINED; EXPIRED when the deadline had passed.' })
  status!: MatchStatusModel;
}

@ObjectType('VolunteerMatch', { description: 'What a volunteer sees: only what the match needs.' })
export class VolunteerMatchModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MatchKindModel)
  kind!: MatchKindModel;

  @Field(() => MatchStatusModel)
  status!: MatchStatusModel;

  @Field(() => Date, { nullable: true })
  respondBy!: Date | null;

  @Field(() => [MatchReasonModel], {
    description:
      'Why the pair fits, as far as the volunteer needs it: distance, shared languages (without levels), an ' +
      'interpreter, shared interests. Never the participant’s age, waiting time or the score.',
  })
  reasons!: MatchReasonModel[];

  @Field(() => String)
  participantFirstName!: string;

  @Field(() => [String], { description: 'Language codes the participant speaks.' })
  participantLanguages!: string[];

  @Field(() => [NeedModel], { description: 'What the participant needs help with.' })
  participantNeeds!: Need[];

  @Field(() => String, { description: 'The town where they meet.' })
  meetingPlace!: string;
}

@InputType()
export class MatchingScopeInput {
  @Field(() => ID, { nullable: true, description: 'Only people in this town.' })
  localityId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these people.' })
  participantIds?: string[] | null;

  @Field(() => [MatchingPairInput], { nullable: true, description: 'Coordinator locks: pairs that must be made.' })
  must?: MatchingPairInput[] | null;

  @Field(() => [MatchingPairInput], { nullable: true, description: 'Coordinator locks: pairs that must not be made.' })
  mustNot?: MatchingPairInput[] | null;
}

@InputType({ description: 'Feature weights; a feature left out keeps its default.' })
export class MatchingWeightsInput {
  @Field(() => Float, { nullable: true })
  base?: number;

  @Field(() => Float, { nullable: true })
  distance?: number;

  @Field(() => Float, { nullable: true })
  sharedInterests?: number;

  @Field(() => Float, { nullable: true })
  languageFit?: number;

  @Field(() => Float, { nullable: true })
  ageGroupFit?: number;

  @Field(() => Float, { nullable: true })
  waitingTime?: number;
}
