import { badInput } from '@brobygger/api/util';

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
  if (!intake.firstName.trim()) badInput('firstName', 'enter the first name');
  if (!intake.lastName.trim()) badInput('lastName', 'enter the last name');
  const year = today.getUTCFullYear();
  if (!Number.isInteger(intake.birthYear) || intake.birthYear < year - 110 || intake.birthYear > year) {
    badInput('birthYear', 'enter a birth year such as 1990');
  }
  if (intake.gender != null && !GENDERS.includes(intake.gender))
    badInput('gender', `must be one of ${GENDERS.join(', ')}`);
  if (intake.preferredVolunteerGender != null && !GENDERS.includes(intake.preferredVolunteerGender)) {
    badInput('preferredVolunteerGender', `must be one of ${GENDERS.join(', ')}`);
  }
  intake.languages.forEach((l, i) => {
    if (!LEVELS.includes(l.level)) badInput(`languages[${i}].level`, `must be one of ${LEVELS.join(', ')}`);
  });
  if (intake.danishLevel != null && !DANISH_LEVELS.includes(intake.danishLevel)) {
    badInput('danishLevel', `must be one of ${DANISH_LEVELS.join(', ')}`);
  }
  intake.household.forEach((child, i) => {
    if (!child.firstName.trim()) badInput(`household[${i}].firstName`, 'enter the child’s first name');
    if (!Number.isInteger(child.birthYear) || child.birthYear < year - 18 || child.birthYear > year) {
      badInput(`household[${i}].birthYear`, 'children are 0–18: enter a birth year such as 2015');
    }
  });
  intake.needs.forEach((need, i) => {
    if (!NEEDS.includes(need)) badInput(`needs[${i}]`, `must be one of ${NEEDS.join(', ')}`);
  });
  if (
    intake.arrivalDate &&
    (!/^\d{4}-\d{2}-\d{2}$/.test(intake.arrivalDate) || Number.isNaN(Date.parse(intake.arrivalDate)))
  ) {
    badInput('arrivalDate', 'enter a date as YYYY-MM-DD');
  }
  if (intake.notes.length > 2000) badInput('notes', 'must be at most 2000 characters');
  if (looksSensitive(intake.notes)) {
    badInput(
      'notes',
      'seems to contain sensitive information (health, religion, ethnicity or a CPR number): leave it out',
    );
  }
}
