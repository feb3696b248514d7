import { type ApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import type { FritidspasGrantInput } from '@brobygger/web/fritidspas/data-access';
import { type TranslationKey, parseDanishDate, parseKroner } from '@brobygger/web/shared/i18n';

export type GrantCheck = [field: string, failed: boolean, key: TranslationKey];

/** The grant form as typed. `child` is `<participantId>|<child's first name>`. */
export interface GrantDraft {
  readonly child: string;
  readonly offerId: string;
  readonly fee: string;
  readonly equipment: string;
  readonly periodStart: string;
  readonly periodEnd: string;
}

export function childValue(participantId: string, firstName: string): string {
  return `${participantId}|${firstName}`;
}

/** A season: 1 August to 30 June the next year, typed the Danish way. */
export function seasonOf(year: number): { periodStart: string; periodEnd: string } {
  return { periodStart: `01.08.${year}`, periodEnd: `30.06.${year + 1}` };
}

export function grantChecks(draft: GrantDraft): GrantCheck[] {
  const start = parseDanishDate(draft.periodStart);
  const end = parseDanishDate(draft.periodEnd);
  return [
    ['child', !draft.child.includes('|'), 'coordination.fritidspas.problem.child'],
    ['offerId', !draft.offerId, 'coordination.fritidspas.problem.offer'],
    ['feeOre', parseKroner(draft.fee) === null, 'coordination.fritidspas.problem.amount'],
    [
      'equipmentOre',
      draft.equipment.trim() !== '' && parseKroner(draft.equipment) === null,
      'coordination.fritidspas.problem.amount',
    ],
    ['periodStart', !start, 'coordination.problem.date'],
    ['periodEnd', !end, 'coordination.problem.date'],
    ['periodEnd', !!start && !!end && end < start, 'coordination.fritidspas.problem.periodOrder'],
  ];
}

/** What the API gets; call only after the checks passed. */
export function toGrantInput(draft: GrantDraft): FritidspasGrantInput {
  const separator = draft.child.indexOf('|');
  return {
    participantId: draft.child.slice(0, separator),
    childFirstName: draft.child.slice(separator + 1),
    offerId: draft.offerId,
    feeOre: parseKroner(draft.fee) as number,
    equipmentOre: draft.equipment.trim() === '' ? 0 : (parseKroner(draft.equipment) as number),
    periodStart: parseDanishDate(draft.periodStart) as string,
    periodEnd: parseDanishDate(draft.periodEnd) as string,
  };
}

export function budgetChecks(amount: string): GrantCheck[] {
  return [['amountOre', parseKroner(amount) === null, 'coordination.fritidspas.problem.amount']];
}

/** The API's field names → the grant form's controls. */
const GRANT_CONTROLS: Readonly<Record<string, string>> = {
  participantId: 'child',
  childFirstName: 'child',
  offerId: 'offerId',
  feeOre: 'feeOre',
  equipmentOre: 'equipmentOre',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
};

/**
 * The API's refusals in the visitor's language (the texts by reason are shared: a grant over the
 * budget, a budget below what is granted, a child not in the household), on the grant form's control.
 */
export function fritidspasProblem(error: ApiError, fields: readonly string[]): Problem {
  const control = error.field ? (GRANT_CONTROLS[error.field] ?? error.field) : null;
  return { ...problemFromApi(error, []), field: control && fields.includes(control) ? control : null };
}
