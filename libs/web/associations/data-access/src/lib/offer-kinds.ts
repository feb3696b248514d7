import type { AssociationKind, OfferKind } from './graphql.generated';

/** In the order the forms offer them. */
export const OFFER_KINDS: readonly OfferKind[] = ['TRIAL_MEMBERSHIP', 'FRITIDSPAS', 'PEER_GROUP', 'EVENT'];

export const ASSOCIATION_KINDS: readonly AssociationKind[] = [
  'SPORTS',
  'CULTURE',
  'LEISURE',
  'EVENING_SCHOOL',
  'VILLAGE_ASSOCIATION',
  'SOCIAL_ORGANISATION',
];

/** The API's event kinds (a string there, not an enum). */
export const EVENT_KINDS = [
  'welcome-meeting',
  'culture-cafe',
  'food-cafe',
  'clothes-bazaar',
  'bus-tour',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Fritidspas is for children: the API refuses an oldest age above this. */
export const FRITIDSPAS_MAX_AGE = 18;
