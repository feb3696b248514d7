import { AtMostCharacters, IsoDate, Required } from '@brobygger/api/util';
import { ASSOCIATION_NAME_MAX_LENGTH } from '@brobygger/shared/rules';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { AssociationKindModel } from './catalogue.models';

@InputType()
export class ContactPersonInput {
  @Field(() => String)
  @Required('enter a name')
  name!: string;

  @Field(() => String, { defaultValue: '' })
  email!: string;

  @Field(() => String, { defaultValue: '' })
  phone!: string;
}

@InputType()
export class AssociationProfileInput {
  @Field(() => String)
  @Required('enter the association’s name')
  @AtMostCharacters(ASSOCIATION_NAME_MAX_LENGTH)
  name!: string;

  @Field(() => String, { nullable: true, description: 'CVR number: 8 digits, checked by its modulus-11 rule.' })
  cvr?: string | null;

  @Field(() => AssociationKindModel)
  kind!: AssociationKindModel;

  @Field(() => ID)
  localityId!: string;

  @Field(() => String, { defaultValue: '' })
  address!: string;

  @Field(() => String, { defaultValue: '' })
  description!: string;

  @Field(() => [ContactPersonInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => ContactPersonInput)
  contactPeople!: ContactPersonInput[];

  @Field(() => String, { nullable: true, description: 'ISO date of the yearly child-certificate declaration.' })
  @IsoDate({ blankMeansNone: true })
  childCertificateDeclaredOn?: string | null;
}
