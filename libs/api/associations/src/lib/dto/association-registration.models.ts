import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { EmailLanguageModel, InvitationModel } from '@brobygger/api/accounts';
import { AtMostCharacters, Required } from '@brobygger/api/util';
import { ASSOCIATION_NAME_MAX_LENGTH, DISPLAY_NAME_MAX_LENGTH, type EmailLanguage } from '@brobygger/shared/rules';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { AssociationKindModel, AssociationProfileModel } from './catalogue.models';

@InputType({ description: 'The first person to represent a newly registered association.' })
export class FirstRepresentativeInput {
  @Field(() => String)
  @Required('enter the person’s name')
  @AtMostCharacters(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => EmailLanguageModel, { defaultValue: 'da', description: 'Language of our emails to them.' })
  preferredLanguage!: EmailLanguage;
}

@InputType()
export class RegisterAssociationInput {
  @Field(() => String)
  @Required('enter the association’s name')
  @AtMostCharacters(ASSOCIATION_NAME_MAX_LENGTH)
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
  @IsOptional()
  @ValidateNested()
  @Type(() => FirstRepresentativeInput)
  representative?: FirstRepresentativeInput | null;
}

@ObjectType('AssociationRegistration', { description: 'A newly registered association and its first invitation.' })
export class AssociationRegistrationModel {
  @Field(() => AssociationProfileModel)
  association!: AssociationProfileModel;

  @Field(() => InvitationModel, { nullable: true, description: 'The first representative’s invitation, if any.' })
  invitation!: InvitationModel | null;
}
