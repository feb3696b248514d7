import * as rules from '@brobygger/shared/rules';
import { enumNames } from '@brobygger/web/shared/util-forms';
import type { AssociationKind, EventKind, OfferKind } from './graphql.generated';

export type { EventKind } from './graphql.generated';

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

/** The API's event kinds, in the order of @brobygger/shared/rules. */
export const EVENT_KINDS: readonly EventKind[] = enumNames(rules.EVENT_KINDS);

/** Fritidspas is for children: the API refuses an oldest age above this. */
export const FRITIDSPAS_MAX_AGE = rules.FRITIDSPAS_MAX_AGE;
