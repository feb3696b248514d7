import { Field, ID, InputType } from '@nestjs/graphql';
import { AssociationKindModel } from './catalogue.models';

@InputType()
export class ContactPersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { defaultValue: '' })
  email!: string;

  @Field(() => String, { defaultValue: '' })
  phone!: string;
}

@InputType()
export class AssociationProfileInput {
  @Field(() => String)
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
  contactPeople!: ContactPersonInput[];

  @Field(() => String, { nullable: true, description: 'ISO date of the yearly child-certificate declaration.' })
  childCertificateDeclaredOn?: string | null;
}
