import { InputErrorReason, badInput } from '@brobygger/api/util';
import type { OfferKind } from './offer.entity';
import { AssociationsErrorReason } from './associations.errors';

export const EVENT_KINDS = ['welcome-meeting', 'culture-cafe', 'food-cafe', 'clothes-bazaar', 'bus-tour', 'other'];
/** Frederikssund's fritidspas is for children and young people 0–18. */
export const FRITIDSPAS_MAX_AGE = 18;

export interface OfferFields {
  title: string;
  ageMin?: number | null;
  ageMax?: number | null;
  capacity: number;
  trialWeeks?: number | null;
  seasonFeeOre?: number | null;
  equipmentCostOre?: number | null;
  targetGroup?: string | null;
  eventKind?: string | null;
  startsAt?: Date | null;
  registrationDeadline?: Date | null;
}

/** The rules every offer of a kind must keep, each refusal naming its field. */
export function checkOffer(kind: OfferKind, offer: OfferFields, now = new Date()): void {
  const title = offer.title.trim();
  if (!title) badInput('title', InputErrorReason.REQUIRED, 'enter a title');
  if (title.length > 200) badInput('title', InputErrorReason.TOO_LONG, 'must be at most 200 characters', { max: 200 });
  if (!Number.isInteger(offer.capacity) || offer.capacity < 1 || offer.capacity > 10_000) {
    badInput('capacity', InputErrorReason.OUT_OF_RANGE, 'must be a whole number from 1 to 10000', {
      min: 1,
      max: 10_000,
    });
  }
  for (const field of ['ageMin', 'ageMax'] as const) {
    const age = offer[field];
    if (age != null && (age < 0 || age > 120))
      badInput(field, InputErrorReason.OUT_OF_RANGE, 'must be an age from 0 to 120', { min: 0, max: 120 });
  }
  if (offer.ageMin != null && offer.ageMax != null && offer.ageMin > offer.ageMax) {
    badInput('ageMax', InputErrorReason.OUT_OF_RANGE, 'must not be below the youngest age');
  }
  switch (kind) {
    case 'trial-membership':
      if (offer.trialWeeks == null || offer.trialWeeks < 1 || offer.trialWeeks > 52) {
        badInput('trialWeeks', InputErrorReason.OUT_OF_RANGE, 'enter the trial length, from 1 to 52 weeks', {
          min: 1,
          max: 52,
        });
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
      if (offer.seasonFeeOre == null || offer.seasonFeeOre < 0)
        badInput('seasonFeeOre', InputErrorReason.REQUIRED, 'enter the season fee (0 or more)');
      if (offer.equipmentCostOre != null && offer.equipmentCostOre < 0)
        badInput('equipmentCostOre', InputErrorReason.OUT_OF_RANGE, 'must be 0 or more', { min: 0 });
      break;
    case 'peer-group':
      if (!offer.targetGroup?.trim())
        badInput('targetGroup', InputErrorReason.REQUIRED, 'enter who the group is for, e.g. young people or women');
      break;
    case 'event':
      if (!offer.eventKind || !EVENT_KINDS.includes(offer.eventKind)) {
        badInput('eventKind', InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${EVENT_KINDS.join(', ')}`, {
          allowed: EVENT_KINDS.join(', '),
        });
      }
      if (!offer.startsAt) badInput('startsAt', InputErrorReason.REQUIRED, 'enter when the event starts');
      if (offer.startsAt < now) badInput('startsAt', InputErrorReason.IN_THE_PAST, 'must be in the future');
      if (offer.registrationDeadline && offer.registrationDeadline > offer.startsAt) {
        badInput('registrationDeadline', InputErrorReason.DATE_ORDER, 'must be before the event starts');
      }
      break;
  }
}
