import { AtMostCharacters, Required } from '@brobygger/api/util';
import { AGREEMENT_TEXT_MAX_LENGTH } from '@brobygger/shared/rules';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AgreementStatusModel {
  UPCOMING = 'upcoming',
  ACTIVE = 'active',
  ENDED = 'ended',
}
registerEnumType(AgreementStatusModel, {
  name: 'AgreementStatus',
  description: 'From the dates, in Copenhagen: not started yet, running, or past its last day.',
});

@ObjectType('PartnershipAgreement', {
  description: 'A partnership agreement (partnerskabsaftale) between the municipality and an association.',
})
export class PartnershipAgreementModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  associationId!: string;

  @Field(() => String, { description: 'First day, ISO date.' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day, ISO date; null while it runs until further notice.' })
  endsOn!: string | null;

  @Field(() => String, { description: 'What the agreement covers.' })
  scope!: string;

  @Field(() => String, { description: 'What the association and the municipality commit to.' })
  commitments!: string;

  @Field(() => AgreementStatusModel)
  status!: AgreementStatusModel;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType({ description: 'The terms of a partnership agreement.' })
export class PartnershipAgreementInput {
  @Field(() => String, { description: 'First day, ISO date (YYYY-MM-DD).' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'Last day, ISO date; leave out for until further notice.' })
  endsOn?: string | null;

  @Field(() => String)
  @Required('describe what the agreement covers')
  @AtMostCharacters(AGREEMENT_TEXT_MAX_LENGTH)
  scope!: string;

  @Field(() => String)
  @Required('describe the commitments')
  @AtMostCharacters(AGREEMENT_TEXT_MAX_LENGTH)
  commitments!: string;
}

@InputType()
export class RegisterPartnershipAgreementInput extends PartnershipAgreementInput {
  @Field(() => ID)
  associationId!: string;
}
