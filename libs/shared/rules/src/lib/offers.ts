import { CHILD_MAX_AGE } from './people';

/** The kinds of event an association or the municipality runs. */
export const EVENT_KINDS = [
  'welcome-meeting',
  'culture-cafe',
  'food-cafe',
  'clothes-bazaar',
  'bus-tour',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** An association's name. */
export const ASSOCIATION_NAME_MAX_LENGTH = 200;

export const OFFER_TITLE_MAX_LENGTH = 200;
/** Places on one offer. */
export const OFFER_CAPACITY = { min: 1, max: 10_000 } as const;
/** The youngest and oldest age an offer may name. */
export const OFFER_AGE = { min: 0, max: 120 } as const;
/** A trial membership lasts from one week to a year. */
export const TRIAL_WEEKS = { min: 1, max: 52 } as const;
/** Frederikssund's fritidspas is for children and young people 0–18. */
export const FRITIDSPAS_MAX_AGE = CHILD_MAX_AGE;

/** The text of a partnership agreement. */
export const AGREEMENT_TEXT_MAX_LENGTH = 4000;
