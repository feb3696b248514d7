/**
 * Public data contract of the matching engine. The same shapes are read from JSON by the CLI
 * (`cli.ts`) and passed in memory by the API. Only ids, `capacity` and `kind` are required;
 * a field left out imposes nothing (see README for the exact rules).
 */

export const MATCH_KINDS = [
  'mentor',
  'leisure-guide',
  'peer-group',
  'trial-membership',
  'fritidspas',
  'event',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** Ordered from best to worst. */
export const LANGUAGE_LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];
export type AvailabilitySlot = `${Weekday}-${DayPart}`;

export interface LanguageSkill {
  readonly code: string;
  readonly level: LanguageLevel;
}

export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

export interface AgeRange {
  readonly min?: number;
  readonly max?: number;
}

export interface Participant {
  readonly id: string;
  readonly birthYear?: number;
  readonly gender?: Gender;
  readonly languages?: readonly LanguageSkill[];
  readonly interpreter?: boolean;
  readonly location?: GeoPoint;
  readonly maxDistanceKm?: number;
  readonly interests?: readonly string[];
  readonly availability?: readonly AvailabilitySlot[];
  readonly preferredGender?: Gender;
  /** ISO date (YYYY-MM-DD) since when the participant has waited for this kind of match. */
  readonly waitingSince?: string;
}

/** A volunteer (mentor, leisure guide, group facilitator) or an offer (group, club, event) with slots. */
export interface Provider {
  readonly id: string;
  readonly capacity: number;
  readonly gender?: Gender;
  readonly languages?: readonly LanguageSkill[];
  readonly location?: GeoPoint;
  readonly maxDistanceKm?: number;
  readonly interests?: readonly string[];
  readonly availability?: readonly AvailabilitySlot[];
  readonly ageRange?: AgeRange;
  readonly womenOnly?: boolean;
  readonly childCertificate?: boolean;
}

export interface CandidatePair {
  readonly participant: string;
  readonly provider: string;
  readonly score: number;
}

export const FEATURES = ['base', 'distance', 'sharedInterests', 'languageFit', 'ageGroupFit', 'waitingTime'] as const;
export type Feature = (typeof FEATURES)[number];
export type Weights = Readonly<Partial<Record<Feature, number>>>;

/** [participantId, providerId] */
export type PairLock = readonly [string, string];

export interface MatchingInstance {
  readonly kind: MatchKind;
  /** ISO date; ages and waiting times are computed on this day. */
  readonly today?: string;
  readonly weights?: Weights;
  readonly participants: readonly Participant[];
  readonly providers: readonly Provider[];
  readonly pairs?: readonly CandidatePair[];
  readonly must?: readonly PairLock[];
  readonly mustNot?: readonly PairLock[];
}

export type ReasonParams = Readonly<Record<string, string | number>>;

/** A translatable explanation: the UI maps `key` to a sentence and fills in `params`. */
export interface Reason {
  readonly key: string;
  readonly params: ReasonParams;
}

export interface Assignment {
  readonly participant: string;
  readonly provider: string;
  readonly score: number;
  readonly reasons: readonly Reason[];
}

export interface UnmatchedParticipant {
  readonly participant: string;
  readonly reason: Reason;
}

export interface MatchingResult {
  readonly assignments: readonly Assignment[];
  readonly objective: number;
  readonly unmatched: readonly UnmatchedParticipant[];
}

/** Hard constraints, in the order used to break ties when naming the one that excluded most. */
export const CONSTRAINTS = [
  'capacity',
  'mustNot',
  'language',
  'distance',
  'preferredGender',
  'womenOnly',
  'ageRange',
  'childCertificate',
  'availability',
] as const;
export type Constraint = (typeof CONSTRAINTS)[number];
