import { registerEnumType } from '@nestjs/graphql';

/** Why a matching run, a match's step or a referral's step was refused. */
export enum MatchesErrorReason {
  SLOT_TAKEN = 'SLOT_TAKEN',
  ALREADY_MATCHED = 'ALREADY_MATCHED',
  VOLUNTEER_UNAVAILABLE = 'VOLUNTEER_UNAVAILABLE',
  MATCH_STEP_NOT_POSSIBLE = 'MATCH_STEP_NOT_POSSIBLE',
  LOCK_NOT_IN_RUN = 'LOCK_NOT_IN_RUN',
  LOCK_NO_PLACE = 'LOCK_NO_PLACE',
  LOCK_TWICE = 'LOCK_TWICE',
  LOCK_BREAKS_RULE = 'LOCK_BREAKS_RULE',
  REFERRAL_NOT_ACCEPTED = 'REFERRAL_NOT_ACCEPTED',
  REFERRAL_STEP_NOT_POSSIBLE = 'REFERRAL_STEP_NOT_POSSIBLE',
  EVENT_HAS_OWN_DATE = 'EVENT_HAS_OWN_DATE',
  FIRST_SESSION_NOT_CONFIRMED = 'FIRST_SESSION_NOT_CONFIRMED',
  FIRST_SESSION_AHEAD = 'FIRST_SESSION_AHEAD',
}

registerEnumType(MatchesErrorReason, {
  name: 'MatchesErrorReason',
  description: 'Why a matching run, a match’s step or a referral’s step was refused.',
  valuesMap: {
    SLOT_TAKEN: { description: 'The volunteer or offer has no free capacity left.' },
    ALREADY_MATCHED: { description: 'The participant already has a match of this kind.' },
    VOLUNTEER_UNAVAILABLE: { description: 'The volunteer is on a pause or has left: run matching again.' },
    MATCH_STEP_NOT_POSSIBLE: { description: 'The match’s status (`details.status`) does not allow this step.' },
    LOCK_NOT_IN_RUN: { description: 'A locked person is not part of this run (outside the scope, or matched).' },
    LOCK_NO_PLACE: { description: 'A locked volunteer or offer has no free place for this kind of match.' },
    LOCK_TWICE: { description: 'A person is locked to two volunteers or offers.' },
    LOCK_BREAKS_RULE: { description: 'A lock breaks a matching rule.' },
    REFERRAL_NOT_ACCEPTED: { description: 'Accept the referral first.' },
    REFERRAL_STEP_NOT_POSSIBLE: { description: 'The referral’s status (`details.status`) does not allow this step.' },
    EVENT_HAS_OWN_DATE: { description: 'An event has its own date; there is no first session to confirm.' },
    FIRST_SESSION_NOT_CONFIRMED: { description: 'Confirm the first session before reporting how it went.' },
    FIRST_SESSION_AHEAD: { description: 'The first session (`details.firstSessionOn`) is still ahead.' },
  },
});
