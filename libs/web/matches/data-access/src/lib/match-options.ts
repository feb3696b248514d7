import { DEFAULT_WEIGHTS } from '@brobygger/matching';
import { MATCH_END_OUTCOMES } from '@brobygger/shared/rules';
import { enumNames } from '@brobygger/web/shared/util-forms';
import type { MatchEndOutcome, MatchKind, MatchStatus, MatchingWeightsInput } from './graphql.generated';

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

/** How a match ended, as endMatch takes it (the API's MatchEndOutcome), in the order the dialog offers them. */
export const MATCH_OUTCOMES: readonly MatchEndOutcome[] = enumNames(MATCH_END_OUTCOMES);
export type MatchOutcome = MatchEndOutcome;
