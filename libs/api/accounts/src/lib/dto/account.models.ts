import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RoleModel {
  ADMINISTRATOR = 'administrator',
  COORDINATOR = 'coordinator',
  VOLUNTEER = 'volunteer',
  ASSOCIATION_REPRESENTATIVE = 'association-representative',
}
registerEnumType(RoleModel, { name: 'Role' });

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
  displayName!: string;

  @Field(() => String, { defaultValue: 'da', description: 'Language of our emails to you: da, en or ar.' })
  preferredLanguage!: string;
}

@InputType()
export class InviteAccountInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => RoleModel)
  role!: RoleModel;

  @Field(() => String, { defaultValue: 'da' })
  preferredLanguage!: string;

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
