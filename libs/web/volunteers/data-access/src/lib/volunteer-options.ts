import * as rules from '@brobygger/shared/rules';
import { enumNames } from '@brobygger/web/shared/util-forms';
import type {
  AvailabilitySlot,
  ChildCertificateStatus,
  Gender,
  LanguageLevel,
  VolunteerRole,
  VolunteerStatus,
} from './graphql.generated';

export type {
  AvailabilitySlot,
  ChildCertificateStatus,
  Gender,
  LanguageLevel,
  Need,
  VolunteerRole,
  VolunteerStatus,
} from './graphql.generated';

/** The API's enums for a volunteer profile, in the order the forms offer them (lists of @brobygger/shared/rules). */
export const VOLUNTEER_ROLES: readonly VolunteerRole[] = enumNames(rules.VOLUNTEER_ROLES);
export const LANGUAGE_LEVELS: readonly LanguageLevel[] = enumNames(rules.LANGUAGE_LEVELS);
export const GENDERS: readonly Gender[] = enumNames(rules.GENDERS);
export const VOLUNTEER_STATUSES: readonly VolunteerStatus[] = enumNames(rules.VOLUNTEER_STATUSES);
export const CHILD_CERTIFICATE_STATUSES: readonly ChildCertificateStatus[] = enumNames(
  rules.CHILD_CERTIFICATE_STATUSES,
);

/** The week as the availability grid shows it: days by parts of the day (translation keys use these). */
export const WEEKDAYS = rules.WEEKDAYS;
export const DAY_PARTS = rules.DAY_PARTS;
export type Weekday = (typeof WEEKDAYS)[number];
export type DayPart = (typeof DAY_PARTS)[number];

/** `mon`, `evening` → `MON_EVENING`, the API's slot. */
export function availabilitySlot(day: Weekday, part: DayPart): AvailabilitySlot {
  return enumNames([`${day}-${part}`] as const)[0];
}
