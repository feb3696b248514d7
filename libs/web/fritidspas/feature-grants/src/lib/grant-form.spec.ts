import { ApiError } from '@brobygger/web/shared/util-forms';
import { type GrantDraft, budgetChecks, fritidspasProblem, grantChecks, seasonOf, toGrantInput } from './grant-form';

const FIELDS = ['child', 'offerId', 'feeOre', 'equipmentOre', 'periodStart', 'periodEnd'];

function draft(change: Partial<GrantDraft> = {}): GrantDraft {
  return {
    child: 'participant-1|Omar',
    offerId: 'offer-1',
    fee: '1.200,00',
    equipment: '300',
    ...seasonOf(2026),
    ...change,
  };
}

function failing(value: GrantDraft): [string, string][] {
  return grantChecks(value)
    .filter(([, failed]) => failed)
    .map(([field, , key]) => [field, key]);
}

describe('fritidspas grant form', () => {
  it('passes a complete grant and sends øre and ISO dates', () => {
    expect(failing(draft())).toEqual([]);
    expect(toGrantInput(draft())).toEqual({
      participantId: 'participant-1',
      childFirstName: 'Omar',
      offerId: 'offer-1',
      feeOre: 120_000,
      equipmentOre: 30_000,
      periodStart: '2026-08-01',
      periodEnd: '2027-06-30',
    });
  });

  it('takes empty equipment as 0 kr.', () => {
    expect(failing(draft({ equipment: '' }))).toEqual([]);
    expect(toGrantInput(draft({ equipment: ' ' })).equipmentOre).toBe(0);
  });

  it('names every missing choice and wrong amount or date', () => {
    expect(
      failing(draft({ child: '', offerId: '', fee: '12,345', equipment: '-5', periodStart: '1/13/2026' })),
    ).toEqual([
      ['child', 'coordination.fritidspas.problem.child'],
      ['offerId', 'coordination.fritidspas.problem.offer'],
      ['feeOre', 'coordination.fritidspas.problem.amount'],
      ['equipmentOre', 'coordination.fritidspas.problem.amount'],
      ['periodStart', 'coordination.problem.date'],
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(failing(draft({ periodStart: '01.08.2026', periodEnd: '31.07.2026' }))).toEqual([
      ['periodEnd', 'coordination.fritidspas.problem.periodOrder'],
    ]);
  });

  it('checks the budget amount in kroner', () => {
    expect(budgetChecks('200.000').some(([, failed]) => failed)).toBe(false);
    expect(budgetChecks('to hundrede').some(([, failed]) => failed)).toBe(true);
  });
});

describe('fritidspas refusals', () => {
  it('shows the over-budget refusal with the API’s amounts, on the fee', () => {
    const error = new ApiError(
      'CONFLICT',
      'This grant of 600,00 kr. would exceed the 2026 budget: 500,00 kr. is left.',
      {
        reason: 'BUDGET_EXCEEDED',
        field: 'feeOre',
        details: { amount: '600,00 kr.', year: 2026, remaining: '500,00 kr.', remainingOre: 50000 },
      },
    );
    expect(fritidspasProblem(error, FIELDS)).toEqual({
      field: 'feeOre',
      key: 'coordination.fritidspas.problem.overBudget',
      params: { amount: '600,00 kr.', year: 2026, left: '500,00 kr.' },
    });
  });

  it('explains a budget below what is already granted', () => {
    const error = new ApiError(
      'CONFLICT',
      'amountOre: 1.500,00 kr. is already granted this year; the budget cannot be lower.',
      { reason: 'BUDGET_BELOW_GRANTED', field: 'amountOre', details: { granted: '1.500,00 kr.', grantedOre: 150000 } },
    );
    expect(fritidspasProblem(error, ['amountOre'])).toEqual({
      field: 'amountOre',
      key: 'coordination.fritidspas.problem.budgetBelowGranted',
      params: { granted: '1.500,00 kr.', grantedOre: 150000 },
    });
  });

  it('puts a refused child on the child control', () => {
    const error = new ApiError('BAD_USER_INPUT', 'childFirstName: fritidspas is for children up to 18', {
      reason: 'CHILD_TOO_OLD',
      field: 'childFirstName',
      details: { max: 18 },
    });
    expect(fritidspasProblem(error, FIELDS)).toEqual({
      field: 'child',
      key: 'coordination.fritidspas.problem.childAge',
      params: { max: 18 },
    });
    const notInHousehold = new ApiError(
      'BAD_USER_INPUT',
      'childFirstName: no child with this name in the participant’s household',
      { reason: 'CHILD_NOT_IN_HOUSEHOLD', field: 'childFirstName' },
    );
    expect(fritidspasProblem(notInHousehold, FIELDS)).toEqual({
      field: 'child',
      key: 'coordination.fritidspas.problem.child',
    });
  });
});
