import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TextDirection {
  LTR = 'ltr',
  RTL = 'rtl',
}
registerEnumType(TextDirection, { name: 'TextDirection' });

@ObjectType('Locality', { description: 'A town or village of the municipality, with its centre point.' })
export class LocalityModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  postcode!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ObjectType('Activity', { description: 'A leisure activity from the taxonomy.' })
export class ActivityModel {
  @Field(() => ID)
  key!: string;

  @Field(() => String)
  category!: string;

  @Field(() => String, { description: 'Name in Danish.' })
  nameDa!: string;

  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
}

@ObjectType('Language', { description: 'A spoken language.' })
export class LanguageModel {
  @Field(() => ID, { description: 'ISO 639-1 code.' })
  code!: string;

  @Field(() => String)
  nameDa!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String)
  nativeName!: string;

  @Field(() => TextDirection)
  direction!: TextDirection;
}
