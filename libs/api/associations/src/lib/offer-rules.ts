import { InputErrorReason, badInput } from '@brobygger/api/util';
import { type EventKind, FRITIDSPAS_MAX_AGE, TRIAL_WEEKS } from '@brobygger/shared/rules';
import type { OfferKind } from './offer.entity';
import { AssociationsErrorReason } from './associations.errors';

export interface OfferFields {
  ageMin?: number | null;
  ageMax?: number | null;
  trialWeeks?: number | null;
  seasonFeeOre?: number | null;
  targetGroup?: string | null;
  eventKind?: EventKind | null;
  startsAt?: Date | null;
  registrationDeadline?: Date | null;
}

/**
 * The rules that depend on the offer's kind or on several fields, each refusal naming its field.
 * The input's decorators (title, capacity, ages, weeks, amounts) and the EventKind enum have
 * refused what one field alone gets wrong.
 */
export function checkOffer(kind: OfferKind, offer: OfferFields, now = new Date()): void {
  if (offer.ageMin != null && offer.ageMax != null && offer.ageMin > offer.ageMax) {
    badInput('ageMax', InputErrorReason.OUT_OF_RANGE, 'must not be below the youngest age');
  }
  switch (kind) {
    case 'trial-membership':
      if (offer.trialWeeks == null) {
        badInput(
          'trialWeeks',
          InputErrorReason.OUT_OF_RANGE,
          `enter the trial length, from ${TRIAL_WEEKS.min} to ${TRIAL_WEEKS.max} weeks`,
          { ...TRIAL_WEEKS },
        );
      }
      break;
    case 'fritidspas':
      if (offer.ageMax == null || offer.ageMax > FRITIDSPAS_MAX_AGE) {
        badInput(
          'ageMax',
          AssociationsErrorReason.FRITIDSPAS_AGE_LIMIT,
          `fritidspas is for children up to ${FRITIDSPAS_MAX_AGE}: enter an oldest age of at most ${FRITIDSPAS_MAX_AGE}`,
          { max: FRITIDSPAS_MAX_AGE },
        );
      }
      if (offer.seasonFeeOre == null)
        badInput('seasonFeeOre', InputErrorReason.REQUIRED, 'enter the season fee (0 or more)');
      break;
    case 'peer-group':
      if (!offer.targetGroup?.trim())
        badInput('targetGroup', InputErrorReason.REQUIRED, 'enter who the group is for, e.g. young people or women');
      break;
    case 'event':
      if (!offer.eventKind) badInput('eventKind', InputErrorReason.REQUIRED, 'choose the kind of event');
      if (!offer.startsAt) badInput('startsAt', InputErrorReason.REQUIRED, 'enter when the event starts');
      if (offer.startsAt < now) badInput('startsAt', InputErrorReason.IN_THE_PAST, 'must be in the future');
      if (offer.registrationDeadline && offer.registrationDeadline > offer.startsAt) {
        badInput('registrationDeadline', InputErrorReason.DATE_ORDER, 'must be before the event starts');
      }
      break;
  }
}
