/** What a volunteer signs up as. */
export const VOLUNTEER_ROLES = ['mentor', 'leisure-guide', 'group-facilitator'] as const;
export type VolunteerRole = (typeof VOLUNTEER_ROLES)[number];

/** A volunteer's child certificate (børneattest): only its status and dates are kept, never the certificate. */
export const CHILD_CERTIFICATE_STATUSES = ['not-needed', 'requested', 'clear', 'needs-assessment'] as const;
export type ChildCertificateStatus = (typeof CHILD_CERTIFICATE_STATUSES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
/** Weekly availability slots, e.g. `mon-evening`. */
export const AVAILABILITY_SLOTS: readonly string[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part) => `${day}-${part}`),
);

/** Volunteers are 15 or older. */
export const VOLUNTEER_MIN_AGE = 15;
/** How far a volunteer will travel, in km. */
export const TRAVEL_DISTANCE_KM = { min: 1, max: 100 } as const;
/** How many people a volunteer takes on at a time. */
export const VOLUNTEER_CAPACITY = { min: 1, max: 10 } as const;
