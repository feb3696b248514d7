/** What a volunteer signs up as. */
export const VOLUNTEER_ROLES = ['mentor', 'leisure-guide', 'group-facilitator'] as const;
export type VolunteerRole = (typeof VOLUNTEER_ROLES)[number];

/** A volunteer's child certificate (børneattest): only its status and dates are kept, never the certificate. */
export const CHILD_CERTIFICATE_STATUSES = ['not-needed', 'requested', 'clear', 'needs-assessment'] as const;
export type ChildCertificateStatus = (typeof CHILD_CERTIFICATE_STATUSES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type AvailabilitySlot = `${(typeof WEEKDAYS)[number]}-${(typeof DAY_PARTS)[number]}`;
/** Weekly availability slots, e.g. `mon-evening`. */
export const AVAILABILITY_SLOTS: readonly AvailabilitySlot[] = WEEKDAYS.flatMap((day) =>
  DAY_PARTS.map((part): AvailabilitySlot => `${day}-${part}`),
);

/** draft (wizard not submitted) → applied → screened → approved, or rejected with a reason. */
export const VOLUNTEER_STATUSES = ['draft', 'applied', 'screened', 'approved', 'rejected'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** Volunteers are 15 or older. */
export const VOLUNTEER_MIN_AGE = 15;
/** How far a volunteer will travel, in km. */
export const TRAVEL_DISTANCE_KM = { min: 1, max: 100 } as const;
/** How many people a volunteer takes on at a time. */
export const VOLUNTEER_CAPACITY = { min: 1, max: 10 } as const;
