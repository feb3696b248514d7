import { AtMostCharacters, Required, enumOf } from '@brobygger/api/util';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_LANGUAGES, type EmailLanguage } from '@brobygger/shared/rules';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RoleModel {
  ADMINISTRATOR = 'administrator',
  COORDINATOR = 'coordinator',
  VOLUNTEER = 'volunteer',
  ASSOCIATION_REPRESENTATIVE = 'association-representative',
}
registerEnumType(RoleModel, { name: 'Role' });

export const EmailLanguageModel = enumOf(EMAIL_LANGUAGES);
registerEnumType(EmailLanguageModel, {
  name: 'EmailLanguage',
  description: 'The languages our emails are written in.',
});

@ObjectType('Account', { description: 'The signed-in person’s own account.' })
export class AccountModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [RoleModel])
  roles!: RoleModel[];
}

@InputType()
export class SignUpInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  password!: string;

  @Field(() => String)
  @Required('enter your name')
  @AtMostCharacters(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @Field(() => EmailLanguageModel, { defaultValue: 'da', description: 'Language of our emails to you.' })
  preferredLanguage!: EmailLanguage;
}

@InputType()
export class InviteAccountInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  @Required('enter the person’s name')
  @AtMostCharacters(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @Field(() => RoleModel)
  role!: RoleModel;

  @Field(() => EmailLanguageModel, { defaultValue: 'da' })
  preferredLanguage!: EmailLanguage;

  @Field(() => ID, {
    nullable: true,
    description: 'Required when inviting an association representative: the association they will represent.',
  })
  associationId?: string | null;
}

@ObjectType('Invitation', { description: 'An invitation nobody has accepted yet, and that has not expired.' })
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => RoleModel)
  role!: RoleModel;

  @Field(() => ID, { nullable: true, description: 'For an association representative: the association.' })
  associationId!: string | null;

  @Field(() => String, { nullable: true })
  associationName!: string | null;

  @Field(() => Date)
  invitedAt!: Date;

  @Field(() => Date, { description: 'The link works until then.' })
  expiresAt!: Date;
}

@ObjectType('OutboxEmail', { description: 'Demo mode: a copy of an email the app sent.' })
export class OutboxEmailModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  recipient!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('Coordinator', { description: 'A coordinator of the municipality: who can be a contact person.' })
export class CoordinatorModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;
}
