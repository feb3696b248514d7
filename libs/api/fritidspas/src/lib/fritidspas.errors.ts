import { registerEnumType } from '@nestjs/graphql';

/** Why a fritidspas grant or budget was refused. Amounts in `details` are kroner, Danish format. */
export enum FritidspasErrorReason {
  BUDGET_EXCEEDED = 'BUDGET_EXCEEDED',
  BUDGET_BELOW_GRANTED = 'BUDGET_BELOW_GRANTED',
  CHILD_NOT_IN_HOUSEHOLD = 'CHILD_NOT_IN_HOUSEHOLD',
  CHILD_TOO_OLD = 'CHILD_TOO_OLD',
  NOT_A_FRITIDSPAS_OFFER = 'NOT_A_FRITIDSPAS_OFFER',
}

registerEnumType(FritidspasErrorReason, {
  name: 'FritidspasErrorReason',
  description: 'Why a fritidspas grant or budget was refused. Amounts in `details` are kroner, Danish format.',
  valuesMap: {
    BUDGET_EXCEEDED: {
      description: 'The grant (`details.amount`) would exceed the `details.year` budget: `details.remaining` is left.',
    },
    BUDGET_BELOW_GRANTED: {
      description: '`details.granted` is already granted this year; the budget cannot be lower.',
    },
    CHILD_NOT_IN_HOUSEHOLD: { description: 'No child with this name in the participant’s household.' },
    CHILD_TOO_OLD: { description: 'Fritidspas is for children up to `details.max` years.' },
    NOT_A_FRITIDSPAS_OFFER: { description: 'The offer is not a fritidspas activity.' },
  },
});
