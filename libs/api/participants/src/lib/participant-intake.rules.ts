import { InputErrorReason, badInput } from '@brobygger/api/util';
import { CHILD_MAX_AGE } from '@brobygger/shared/rules';

/** Words that suggest sensitive data in a free-text note (health, religion, ethnicity, CPR). */
const SENSITIVE =
  /\b(\d{6}-?\d{4}|diagnose|diagnosis|sygdom|illness|ptsd|medicin|medication|religion|muslim|kristen|christian|etnisk|ethnic)\b/i;

/** True when a free-text note seems to hold sensitive data; shared by every note about a participant. */
export function looksSensitive(text: string): boolean {
  return SENSITIVE.test(text);
}

export interface ParticipantIntake {
  birthYear: number;
  household: { birthYear: number }[];
  notes: string;
}

/**
 * The rules of an intake that depend on today or read the text: the schema's enums and the input's
 * decorators (required names, lists, the notes' length, the date's format) have refused the rest.
 */
export function checkIntake(intake: ParticipantIntake, today = new Date()): void {
  const year = today.getUTCFullYear();
  if (!Number.isInteger(intake.birthYear) || intake.birthYear < year - 110 || intake.birthYear > year) {
    badInput('birthYear', InputErrorReason.OUT_OF_RANGE, 'enter a birth year such as 1990', {
      min: year - 110,
      max: year,
    });
  }
  intake.household.forEach((child, i) => {
    if (!Number.isInteger(child.birthYear) || child.birthYear < year - CHILD_MAX_AGE || child.birthYear > year) {
      badInput(
        `household[${i}].birthYear`,
        InputErrorReason.OUT_OF_RANGE,
        `children are 0–${CHILD_MAX_AGE}: enter a birth year such as 2015`,
        { min: year - CHILD_MAX_AGE, max: year },
      );
    }
  });
  if (looksSensitive(intake.notes)) {
    badInput(
      'notes',
      InputErrorReason.SENSITIVE_DATA,
      'seems to contain sensitive information (health, religion, ethnicity or a CPR number): leave it out',
    );
  }
}
