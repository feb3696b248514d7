import { DEFAULT_WEIGHTS } from '@brobygger/matching';
import type { MatchKind, MatchStatus, MatchingWeightsInput } from './graphql.generated';

/** Every kind of match, in the order the board offers them. */
export const MATCH_KINDS: readonly MatchKind[] = [
  'MENTOR',
  'LEISURE_GUIDE',
  'PEER_GROUP',
  'TRIAL_MEMBERSHIP',
  'FRITIDSPAS',
  'EVENT',
];

/** The lifecycle, in order: proposed → approved → accepted → active → completed or ended. */
export const MATCH_STATUSES: readonly MatchStatus[] = [
  'PROPOSED',
  'APPROVED',
  'ACCEPTED',
  'ACTIVE',
  'COMPLETED',
  'ENDED',
  'DECLINED',
  'EXPIRED',
];

export type WeightName = keyof Required<MatchingWeightsInput>;

/** The engine's features, with its own default weights (the board's "reset to defaults"). */
export const WEIGHT_NAMES: readonly WeightName[] = [
  'base',
  'distance',
  'sharedInterests',
  'languageFit',
  'ageGroupFit',
  'waitingTime',
];

export const DEFAULT_MATCH_WEIGHTS: Readonly<Record<WeightName, number>> = { ...DEFAULT_WEIGHTS };

/** How a match ended, as recorded with endMatch (a free string in the API; these are the usual ones). */
export const MATCH_OUTCOMES = [
  'ended-as-planned',
  'trial-became-membership',
  'trial-not-continued',
  'participant-stopped',
  'volunteer-stopped',
  'moved-away',
  'other',
] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];
