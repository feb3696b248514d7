import { registerEnumType } from '@nestjs/graphql';

/** Why a follow-up (a check-in, a volunteer's meeting log) was refused. */
export enum FollowUpsErrorReason {
  MATCH_NOT_ACTIVE = 'MATCH_NOT_ACTIVE',
  MATCH_NOT_STARTED = 'MATCH_NOT_STARTED',
  CHECK_IN_ALREADY_RECORDED = 'CHECK_IN_ALREADY_RECORDED',
}

registerEnumType(FollowUpsErrorReason, {
  name: 'FollowUpsErrorReason',
  description: 'Why a follow-up (a check-in, a volunteer’s meeting log) was refused.',
  valuesMap: {
    MATCH_NOT_ACTIVE: { description: 'Only an active match gets check-ins and meetings; `details.status`.' },
    MATCH_NOT_STARTED: { description: 'The match has not started yet.' },
    CHECK_IN_ALREADY_RECORDED: { description: 'The `details.milestoneMonths`-month check-in is already recorded.' },
  },
});
