import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('MatchParticipant', {
  description: 'Who a match or an unmatched line is about, for the coordinator’s board (reading it is logged).',
})
export class MatchParticipantModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String, { description: 'The town the participant lives in.' })
  localityName!: string;
}

@ObjectType('MatchProvider', { description: 'The volunteer, or the offer and its association, of a match.' })
export class MatchProviderModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The volunteer’s name, or the offer’s title.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'For an offer: the association that runs it.' })
  associationName!: string | null;
}

@InputType('MatchingPairInput', { description: 'A participant and a volunteer or offer, for a coordinator’s lock.' })
export class MatchingPairInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => ID, { description: 'The volunteer’s id (mentor, leisure guide) or the offer’s id.' })
  providerId!: string;
}
