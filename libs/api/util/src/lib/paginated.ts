import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { MAX_PAGE_SIZE } from '@brobygger/shared/rules';
import { WholeNumber } from './validation';

/**
 * The GraphQL type of one page of a list: `items`, `total` (described per list), `offset`, `limit`.
 * `@ObjectType('ParticipantPage', …) class ParticipantPageModel extends Paginated(ParticipantModel, '…') {}`
 */
export function Paginated<T>(item: Type<T>, totalDescription: string) {
  @ObjectType({ isAbstract: true })
  abstract class PageModel {
    @Field(() => [item])
    items!: T[];

    @Field(() => Int, { description: totalDescription })
    total!: number;

    @Field(() => Int)
    offset!: number;

    @Field(() => Int)
    limit!: number;
  }
  return PageModel;
}

/**
 * `offset` and `limit` of a paged list, checked by the validation pipe before the resolver runs
 * (a limit over MAX_PAGE_SIZE or a negative offset is BAD_USER_INPUT naming the argument). Each list
 * picks its default page size: `@Args() page: PageArgs` or `class … extends PageArgsWithLimit(10)`.
 */
export function PageArgsWithLimit(defaultLimit: number) {
  @ArgsType()
  class PageArgsOf {
    @Field(() => Int, { defaultValue: 0 })
    @WholeNumber(0)
    offset = 0;

    @Field(() => Int, { defaultValue: defaultLimit, description: `At most ${MAX_PAGE_SIZE}.` })
    @WholeNumber(1, MAX_PAGE_SIZE)
    limit: number = defaultLimit;
  }
  return PageArgsOf;
}

@ArgsType()
export class PageArgs extends PageArgsWithLimit(25) {}
