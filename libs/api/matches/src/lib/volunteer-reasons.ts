import type { MatchReason } from './match.entity';

/**
 * The reasons a volunteer is shown for a proposal: what helps them say yes or no, and no more of
 * the participant than the match needs (first name, languages, the need). The distance is between
 * towns they already see; a shared language keeps its code but not the participant's level (their
 * Danish level is not the volunteer's business); the participant's age, how long they have waited,
 * a coordinator's lock and a given score are left out.
 */
export function reasonsForVolunteer(reasons: readonly MatchReason[]): MatchReason[] {
  return reasons.flatMap((reason): MatchReason[] => {
    const { key, params } = reason;
    switch (key) {
      case 'distance':
        return typeof params['km'] === 'number' ? [{ key, params: { km: params['km'] } }] : [];
      case 'sharedLanguage':
        return typeof params['code'] === 'string' ? [{ key, params: { code: params['code'] } }] : [];
      case 'interpreter':
        return [{ key, params: {} }];
      case 'sharedInterest':
        return typeof params['interest'] === 'string' ? [{ key, params: { interest: params['interest'] } }] : [];
      default:
        return [];
    }
  });
}
