import { InputErrorReason, badInput } from '@brobygger/api/util';
import { LANGUAGE_LEVELS, VOLUNTEER_ROLES } from './volunteer.entity';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const PARTS = ['morning', 'afternoon', 'evening'];
export const AVAILABILITY_SLOTS = DAYS.flatMap((day) => PARTS.map((part) => `${day}-${part}`));
const GENDERS = ['female', 'male', 'other'];

export interface VolunteerProfileFields {
  firstName: string;
  lastName: string;
  roles: string[];
  languages: { code: string; level: string }[];
  interests: string[];
  localityId?: string | null;
  maxDistanceKm: number;
  availability: string[];
  capacity: number;
  gender?: string | null;
  birthYear?: number | null;
  introduction: string;
}

/** Checks what is filled in; an unfinished draft may leave things out. */
export function checkVolunteerProfile(profile: VolunteerProfileFields, today = new Date()): void {
  profile.roles.forEach((role, i) => {
    if (!(VOLUNTEER_ROLES as readonly string[]).includes(role))
      badInput(`roles[${i}]`, InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${VOLUNTEER_ROLES.join(', ')}`, {
        allowed: VOLUNTEER_ROLES.join(', '),
      });
  });
  profile.languages.forEach((language, i) => {
    if (!(LANGUAGE_LEVELS as readonly string[]).includes(language.level)) {
      badInput(
        `languages[${i}].level`,
        InputErrorReason.NOT_ALLOWED_VALUE,
        `must be one of ${LANGUAGE_LEVELS.join(', ')}`,
        { allowed: LANGUAGE_LEVELS.join(', ') },
      );
    }
  });
  profile.availability.forEach((slot, i) => {
    if (!AVAILABILITY_SLOTS.includes(slot))
      badInput(
        `availability[${i}]`,
        InputErrorReason.INVALID_FORMAT,
        'must be a day and part of day, e.g. mon-evening',
      );
  });
  if (!Number.isInteger(profile.maxDistanceKm) || profile.maxDistanceKm < 1 || profile.maxDistanceKm > 100) {
    badInput('maxDistanceKm', InputErrorReason.OUT_OF_RANGE, 'must be from 1 to 100 km', { min: 1, max: 100 });
  }
  if (!Number.isInteger(profile.capacity) || profile.capacity < 1 || profile.capacity > 10) {
    badInput('capacity', InputErrorReason.OUT_OF_RANGE, 'must be from 1 to 10 people', { min: 1, max: 10 });
  }
  if (profile.gender != null && !GENDERS.includes(profile.gender))
    badInput('gender', InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${GENDERS.join(', ')}`, {
      allowed: GENDERS.join(', '),
    });
  const year = today.getUTCFullYear();
  if (profile.birthYear != null && (profile.birthYear < year - 100 || profile.birthYear > year - 15)) {
    badInput(
      'birthYear',
      InputErrorReason.OUT_OF_RANGE,
      'volunteers are 15 or older: enter a birth year such as 1985',
      { min: year - 100, max: year - 15 },
    );
  }
  if (profile.introduction.length > 2000)
    badInput('introduction', InputErrorReason.TOO_LONG, 'must be at most 2000 characters', { max: 2000 });
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
