import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OfferKindModel } from './catalogue.models';

@InputType({ description: 'Narrows the public catalogue; a field left out imposes nothing.' })
export class OfferFilterInput {
  @Field(() => OfferKindModel, { nullable: true })
  kind?: OfferKindModel | null;

  @Field(() => String, { nullable: true })
  activityKey?: string | null;

  @Field(() => ID, { nullable: true })
  localityId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only offers open to someone of this age.' })
  age?: number | null;

  @Field(() => String, { nullable: true, description: 'Only offers where this language is spoken.' })
  languageCode?: string | null;
}
