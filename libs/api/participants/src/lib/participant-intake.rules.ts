import { InputErrorReason, badInput } from '@brobygger/api/util';

export const NEEDS = ['everyday-life', 'danish-practice', 'job-seeking', 'homework-help', 'leisure'];
export const DANISH_LEVELS = ['none', 'beginner', 'intermediate', 'advanced'];
const LEVELS = ['native', 'fluent', 'conversational', 'basic'];
const GENDERS = ['female', 'male', 'other'];
/** Words that suggest sensitive data in a free-text note (health, religion, ethnicity, CPR). */
const SENSITIVE =
  /\b(\d{6}-?\d{4}|diagnose|diagnosis|sygdom|illness|ptsd|medicin|medication|religion|muslim|kristen|christian|etnisk|ethnic)\b/i;

/** True when a free-text note seems to hold sensitive data; shared by every note about a participant. */
export function looksSensitive(text: string): boolean {
  return SENSITIVE.test(text);
}

export interface ParticipantIntake {
  firstName: string;
  lastName: string;
  birthYear: number;
  gender?: string | null;
  languages: { code: string; level: string }[];
  danishLevel?: string | null;
  household: { firstName: string; birthYear: number }[];
  needs: string[];
  preferredVolunteerGender?: string | null;
  arrivalDate?: string | null;
  notes: string;
}

export function checkIntake(intake: ParticipantIntake, today = new Date()): void {
  if (!intake.firstName.trim()) badInput('firstName', InputErrorReason.REQUIRED, 'enter the first name');
  if (!intake.lastName.trim()) badInput('lastName', InputErrorReason.REQUIRED, 'enter the last name');
  const year = today.getUTCFullYear();
  if (!Number.isInteger(intake.birthYear) || intake.birthYear < year - 110 || intake.birthYear > year) {
    badInput('birthYear', InputErrorReason.OUT_OF_RANGE, 'enter a birth year such as 1990', {
      min: year - 110,
      max: year,
    });
  }
  if (intake.gender != null && !GENDERS.includes(intake.gender))
    badInput('gender', InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${GENDERS.join(', ')}`, {
      allowed: GENDERS.join(', '),
    });
  if (intake.preferredVolunteerGender != null && !GENDERS.includes(intake.preferredVolunteerGender)) {
    badInput('preferredVolunteerGender', InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${GENDERS.join(', ')}`, {
      allowed: GENDERS.join(', '),
    });
  }
  intake.languages.forEach((l, i) => {
    if (!LEVELS.includes(l.level))
      badInput(`languages[${i}].level`, InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${LEVELS.join(', ')}`, {
        allowed: LEVELS.join(', '),
      });
  });
  if (intake.danishLevel != null && !DANISH_LEVELS.includes(intake.danishLevel)) {
    badInput('danishLevel', InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${DANISH_LEVELS.join(', ')}`, {
      allowed: DANISH_LEVELS.join(', '),
    });
  }
  intake.household.forEach((child, i) => {
    if (!child.firstName.trim())
      badInput(`household[${i}].firstName`, InputErrorReason.REQUIRED, 'enter the child’s first name');
    if (!Number.isInteger(child.birthYear) || child.birthYear < year - 18 || child.birthYear > year) {
      badInput(
        `household[${i}].birthYear`,
        InputErrorReason.OUT_OF_RANGE,
        'children are 0–18: enter a birth year such as 2015',
        { min: year - 18, max: year },
      );
    }
  });
  intake.needs.forEach((need, i) => {
    if (!NEEDS.includes(need))
      badInput(`needs[${i}]`, InputErrorReason.NOT_ALLOWED_VALUE, `must be one of ${NEEDS.join(', ')}`, {
        allowed: NEEDS.join(', '),
      });
  });
  if (
    intake.arrivalDate &&
    (!/^\d{4}-\d{2}-\d{2}$/.test(intake.arrivalDate) || Number.isNaN(Date.parse(intake.arrivalDate)))
  ) {
    badInput('arrivalDate', InputErrorReason.INVALID_FORMAT, 'enter a date as YYYY-MM-DD');
  }
  if (intake.notes.length > 2000)
    badInput('notes', InputErrorReason.TOO_LONG, 'must be at most 2000 characters', { max: 2000 });
  if (looksSensitive(intake.notes)) {
    badInput(
      'notes',
      InputErrorReason.SENSITIVE_DATA,
      'seems to contain sensitive information (health, religion, ethnicity or a CPR number): leave it out',
    );
  }
}
