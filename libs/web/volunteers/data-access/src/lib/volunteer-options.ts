/** The API's fixed vocabularies for a volunteer profile (strings there, not enums). */
export const VOLUNTEER_ROLES = ['mentor', 'leisure-guide', 'group-facilitator'] as const;
export type VolunteerRole = (typeof VOLUNTEER_ROLES)[number];

export const LANGUAGE_LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;

export const GENDERS = ['female', 'male', 'other'] as const;

export const VOLUNTEER_STATUSES = ['draft', 'applied', 'screened', 'approved', 'rejected'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];
