/** How a match ended, as a coordinator records it when ending it (check-ins and referrals record their own). */
export const MATCH_END_OUTCOMES = [
  'ended-as-planned',
  'trial-became-membership',
  'trial-not-continued',
  'participant-stopped',
  'volunteer-stopped',
  'moved-away',
  'other',
] as const;
export type MatchEndOutcome = (typeof MATCH_END_OUTCOMES)[number];
