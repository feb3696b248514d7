import * as rules from '@brobygger/shared/rules';
import { enumNames } from '@brobygger/web/shared/util-forms';
import type { DanishLevel, Gender, LanguageLevel, Need } from './graphql.generated';

export type { DanishLevel, Gender, LanguageLevel, Need } from './graphql.generated';

/** The API's enums for a participant, in the order the forms offer them (lists of @brobygger/shared/rules). */
export const NEEDS: readonly Need[] = enumNames(rules.NEEDS);
export const DANISH_LEVELS: readonly DanishLevel[] = enumNames(rules.DANISH_LEVELS);
export const LANGUAGE_LEVELS: readonly LanguageLevel[] = enumNames(rules.LANGUAGE_LEVELS);
export const GENDERS: readonly Gender[] = enumNames(rules.GENDERS);

/**
 * Optional extras a participant may consent to. The processing itself rests on the municipality's
 * public task, so none of these is needed for the person to take part, and each can be withdrawn.
 */
export const CONSENT_PURPOSES = ['photos-at-events', 'event-invitations', 'evaluation-survey'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** The kinds of match a participant can wait for, in the order the coordinator's dashboard shows them. */
export const WAITING_LIST_KINDS = ['mentor', 'leisureGuide', 'peerGroup', 'trialMembership', 'fritidspas'] as const;
export type WaitingListKind = (typeof WAITING_LIST_KINDS)[number];

export const MATCH_KINDS = [
  'MENTOR',
  'LEISURE_GUIDE',
  'PEER_GROUP',
  'TRIAL_MEMBERSHIP',
  'FRITIDSPAS',
  'EVENT',
] as const;
export const MATCH_STATUSES = [
  'PROPOSED',
  'APPROVED',
  'ACCEPTED',
  'ACTIVE',
  'COMPLETED',
  'ENDED',
  'DECLINED',
  'EXPIRED',
] as const;
