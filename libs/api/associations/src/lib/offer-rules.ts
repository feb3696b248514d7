import { badInput } from '@brobygger/api/util';
import type { OfferKind } from './offer.entity';

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
  if (!title) badInput('title', 'enter a title');
  if (title.length > 200) badInput('title', 'must be at most 200 characters');
  if (!Number.isInteger(offer.capacity) || offer.capacity < 1 || offer.capacity > 10_000) {
    badInput('capacity', 'must be a whole number from 1 to 10000');
  }
  for (const field of ['ageMin', 'ageMax'] as const) {
    const age = offer[field];
    if (age != null && (age < 0 || age > 120)) badInput(field, 'must be an age from 0 to 120');
  }
  if (offer.ageMin != null && offer.ageMax != null && offer.ageMin > offer.ageMax) {
    badInput('ageMax', 'must not be below the youngest age');
  }
  switch (kind) {
    case 'trial-membership':
      if (offer.trialWeeks == null || offer.trialWeeks < 1 || offer.trialWeeks > 52) {
        badInput('trialWeeks', 'enter the trial length, from 1 to 52 weeks');
      }
      break;
    case 'fritidspas':
      if (offer.ageMax == null || offer.ageMax > FRITIDSPAS_MAX_AGE) {
        badInput(
          'ageMax',
          `fritidspas is for children up to ${FRITIDSPAS_MAX_AGE}: enter an oldest age of at most ${FRITIDSPAS_MAX_AGE}`,
        );
      }
      if (offer.seasonFeeOre == null || offer.seasonFeeOre < 0)
        badInput('seasonFeeOre', 'enter the season fee (0 or more)');
      if (offer.equipmentCostOre != null && offer.equipmentCostOre < 0)
        badInput('equipmentCostOre', 'must be 0 or more');
      break;
    case 'peer-group':
      if (!offer.targetGroup?.trim()) badInput('targetGroup', 'enter who the group is for, e.g. young people or women');
      break;
    case 'event':
      if (!offer.eventKind || !EVENT_KINDS.includes(offer.eventKind)) {
        badInput('eventKind', `must be one of ${EVENT_KINDS.join(', ')}`);
      }
      if (!offer.startsAt) badInput('startsAt', 'enter when the event starts');
      if (offer.startsAt < now) badInput('startsAt', 'must be in the future');
      if (offer.registrationDeadline && offer.registrationDeadline > offer.startsAt) {
        badInput('registrationDeadline', 'must be before the event starts');
      }
      break;
  }
}
