import { Field, ObjectType } from '@nestjs/graphql';
import { AccountsErrorReason } from '@brobygger/api/accounts';
import { AssociationsErrorReason } from '@brobygger/api/associations';
import { FollowUpsErrorReason } from '@brobygger/api/follow-up';
import { FritidspasErrorReason } from '@brobygger/api/fritidspas';
import { MatchesErrorReason } from '@brobygger/api/matches';
import { AccessErrorReason, InputErrorReason, RequestErrorReason } from '@brobygger/api/util';
import { VolunteersErrorReason } from '@brobygger/api/volunteers';

/**
 * Every reason enum an error's `extensions.reason` can come from, by the field of `ErrorReasons`
 * that puts it in the schema. Values are unique across all of them: a client joins them into one union.
 */
export const ERROR_REASON_ENUMS = {
  input: InputErrorReason,
  access: AccessErrorReason,
  request: RequestErrorReason,
  accounts: AccountsErrorReason,
  associations: AssociationsErrorReason,
  matches: MatchesErrorReason,
  followUps: FollowUpsErrorReason,
  fritidspas: FritidspasErrorReason,
  volunteers: VolunteersErrorReason,
} as const;

/**
 * No field returns this type: it is there so that the reason enums are in the schema (and in the
 * web's generated types), as `extensions.reason` of an error is outside GraphQL's type system.
 */
@ObjectType({
  description:
    'What `extensions.reason` of an error can be: one value of one of these enums, unique across them. ' +
    'No query returns this type; it only puts the enums in the schema.',
})
export class ErrorReasons {
  @Field(() => InputErrorReason, { nullable: true, description: 'A problem with one input value (any domain).' })
  input?: InputErrorReason;

  @Field(() => AccessErrorReason, { nullable: true, description: 'Sign-in, access and look-ups by id.' })
  access?: AccessErrorReason;

  @Field(() => RequestErrorReason, { nullable: true, description: 'The request as a whole; our own failures.' })
  request?: RequestErrorReason;

  @Field(() => AccountsErrorReason, { nullable: true, description: 'Sign-up, sign-in, invitations, email links.' })
  accounts?: AccountsErrorReason;

  @Field(() => AssociationsErrorReason, { nullable: true, description: 'Associations, offers, partnerships.' })
  associations?: AssociationsErrorReason;

  @Field(() => MatchesErrorReason, { nullable: true, description: 'Matching runs, matches and referrals.' })
  matches?: MatchesErrorReason;

  @Field(() => FollowUpsErrorReason, { nullable: true, description: 'Check-ins and meeting logs.' })
  followUps?: FollowUpsErrorReason;

  @Field(() => FritidspasErrorReason, { nullable: true, description: 'Fritidspas budgets and grants.' })
  fritidspas?: FritidspasErrorReason;

  @Field(() => VolunteersErrorReason, { nullable: true, description: 'Volunteer applications, vetting, pauses.' })
  volunteers?: VolunteersErrorReason;
}
