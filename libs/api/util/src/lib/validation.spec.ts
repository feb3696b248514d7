import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { DomainError } from './domain-error';
import { PageArgs } from './paginated';
import { AtMostCharacters, IsoDate, OneOf, Required, WholeNumber, createValidationPipe } from './validation';

@InputType()
class LanguageInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  @OneOf(['native', 'fluent'])
  level!: string;
}

@ArgsType()
class ProfileArgs {
  @Field(() => String)
  @AtMostCharacters(5)
  name!: string;

  @Field(() => Number)
  @WholeNumber(1, 10)
  capacity!: number;

  @Field(() => [LanguageInput])
  @ValidateNested({ each: true })
  @Type(() => LanguageInput)
  languages!: LanguageInput[];
}

async function refusal(value: unknown, metatype: new () => unknown): Promise<DomainError> {
  const refused = await createValidationPipe()
    .transform(value, { type: 'body', metatype })
    .then(() => null)
    .catch((error: unknown) => error);
  if (!(refused instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(refused)}`);
  return refused;
}

describe('the validation pipe', () => {
  it('lets a good value through as it came', async () => {
    const value = { name: 'Amal', capacity: 2, languages: [{ code: 'ar', level: 'native' }] };
    await expect(createValidationPipe().transform(value, { type: 'body', metatype: ProfileArgs })).resolves.toBe(value);
  });

  it('refuses a page outside 1–50 as OUT_OF_RANGE naming the argument', async () => {
    const error = await refusal({ offset: 0, limit: 51 }, PageArgs);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OUT_OF_RANGE',
      field: 'limit',
      message: 'limit: must be a whole number from 1 to 50',
      details: { min: 1, max: 50 },
    });
    expect(await refusal({ offset: -1, limit: 10 }, PageArgs)).toMatchObject({
      field: 'offset',
      reason: 'OUT_OF_RANGE',
    });
  });

  it('names a nested field the way the domains do, with its reason', async () => {
    const error = await refusal(
      {
        name: 'Amal',
        capacity: 2,
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'da', level: 'some' },
        ],
      },
      ProfileArgs,
    );
    expect(error).toMatchObject({ field: 'languages[1].level', reason: 'NOT_ALLOWED_VALUE' });
    expect(error.message).toBe('languages[1].level: must be one of native, fluent');
  });

  it('gives TOO_LONG with the most allowed', async () => {
    const error = await refusal({ name: 'Mohammed', capacity: 2, languages: [] }, ProfileArgs);
    expect(error).toMatchObject({ field: 'name', reason: 'TOO_LONG', details: { max: 5 } });
  });

  it('refuses blank text as REQUIRED with the given words, and a date that does not exist', async () => {
    @InputType()
    class MeetingArgs {
      @Field(() => String)
      @Required('enter the first name')
      firstName!: string;

      @Field(() => String, { nullable: true })
      @IsoDate()
      metOn?: string | null;
    }
    expect(await refusal({ firstName: '  ', metOn: null }, MeetingArgs)).toMatchObject({
      field: 'firstName',
      reason: 'REQUIRED',
      message: 'firstName: enter the first name',
    });
    for (const metOn of ['2026-02-30', '1.2.2026', '2026-13-01', '']) {
      expect(await refusal({ firstName: 'Amal', metOn }, MeetingArgs)).toMatchObject({
        field: 'metOn',
        reason: 'INVALID_FORMAT',
      });
    }
    const good = { firstName: 'Amal', metOn: '2024-02-29' };
    await expect(createValidationPipe().transform(good, { type: 'body', metatype: MeetingArgs })).resolves.toBe(good);
  });

  it('leaves types without decorators alone (GraphQL has checked their shape)', async () => {
    class Plain {
      name!: string;
    }
    const value = { name: 'x' };
    await expect(createValidationPipe().transform(value, { type: 'body', metatype: Plain })).resolves.toBe(value);
  });
});
