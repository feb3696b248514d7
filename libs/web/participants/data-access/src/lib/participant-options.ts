/** The API's fixed vocabularies for a participant (strings there, not enums). */
export const NEEDS = ['everyday-life', 'danish-practice', 'job-seeking', 'homework-help', 'leisure'] as const;
export type Need = (typeof NEEDS)[number];

export const DANISH_LEVELS = ['none', 'beginner', 'intermediate', 'advanced'] as const;
export type DanishLevel = (typeof DANISH_LEVELS)[number];

export const LANGUAGE_LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

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
