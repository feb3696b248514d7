import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { InvitationModel } from '@brobygger/api/accounts';
import { AssociationKindModel, AssociationProfileModel } from './catalogue.models';

@InputType({ description: 'The first person to represent a newly registered association.' })
export class FirstRepresentativeInput {
  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { defaultValue: 'da', description: 'Language of our emails to them: da, en or ar.' })
  preferredLanguage!: string;
}

@InputType()
export class RegisterAssociationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'CVR number: 8 digits, checked by its modulus-11 rule; unique in the municipality.',
  })
  cvr?: string | null;

  @Field(() => AssociationKindModel)
  kind!: AssociationKindModel;

  @Field(() => ID, { description: 'The town the association belongs to.' })
  localityId!: string;

  @Field(() => FirstRepresentativeInput, {
    nullable: true,
    description: 'Invites this person to represent the association, in the same transaction.',
  })
  representative?: FirstRepresentativeInput | null;
}

@ObjectType('AssociationRegistration', { description: 'A newly registered association and its first invitation.' })
export class AssociationRegistrationModel {
  @Field(() => AssociationProfileModel)
  association!: AssociationProfileModel;

  @Field(() => InvitationModel, { nullable: true, description: 'The first representative’s invitation, if any.' })
  invitation!: InvitationModel | null;
}
