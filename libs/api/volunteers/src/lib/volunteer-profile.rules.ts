import { InputErrorReason, badInput } from '@brobygger/api/util';
import { VOLUNTEER_MIN_AGE } from '@brobygger/shared/rules';

export interface VolunteerProfileFields {
  firstName: string;
  lastName: string;
  roles: readonly string[];
  languages: readonly unknown[];
  localityId?: string | null;
  availability: readonly string[];
  birthYear?: number | null;
}

/**
 * Checks what is filled in; an unfinished draft may leave things out. The schema's enums (roles,
 * levels, slots, gender) and the input's decorators (distance, capacity, introduction) have refused
 * the rest; the birth year depends on today.
 */
export function checkVolunteerProfile(profile: VolunteerProfileFields, today = new Date()): void {
  const year = today.getUTCFullYear();
  const youngest = year - VOLUNTEER_MIN_AGE;
  if (profile.birthYear != null && (profile.birthYear < year - 100 || profile.birthYear > youngest)) {
    badInput(
      'birthYear',
      InputErrorReason.OUT_OF_RANGE,
      `volunteers are ${VOLUNTEER_MIN_AGE} or older: enter a birth year such as 1985`,
      { min: year - 100, max: youngest },
    );
  }
}

/** Before a volunteer can apply, the wizard must be complete. */
export function checkCompleteForApplication(profile: VolunteerProfileFields): void {
  if (!profile.firstName.trim()) badInput('firstName', InputErrorReason.REQUIRED, 'enter your first name');
  if (!profile.lastName.trim()) badInput('lastName', InputErrorReason.REQUIRED, 'enter your last name');
  if (profile.roles.length === 0) badInput('roles', InputErrorReason.REQUIRED, 'choose at least one role');
  if (profile.languages.length === 0)
    badInput('languages', InputErrorReason.REQUIRED, 'add at least one language you speak');
  if (!profile.localityId) badInput('localityId', InputErrorReason.REQUIRED, 'choose the town you live in');
  if (profile.availability.length === 0)
    badInput('availability', InputErrorReason.REQUIRED, 'choose at least one time in the week');
}

/** The certificate must be renewed this many months after it was checked (default 24). */
export function renewalDue(checkedOn: string | null, months: number): string | null {
  if (!checkedOn) return null;
  const date = new Date(`${checkedOn}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
