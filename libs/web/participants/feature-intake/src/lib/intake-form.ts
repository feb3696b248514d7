import { type ApiError, type Problem, problemFromApi } from '@brobygger/web/shared/util-forms';
import type {
  DanishLevel,
  Gender,
  LanguageLevel,
  Need,
  ParticipantDetailsFragment,
  ParticipantInput,
} from '@brobygger/web/participants/data-access';
import { NOTES_MAX_LENGTH } from '@brobygger/shared/rules';
import { type TranslationKey, isoDateToDanish, parseDanishDate } from '@brobygger/web/shared/i18n';

/** The intake form as typed: text as the coordinator wrote it, converted only when sent. */
export interface IntakeDraft {
  readonly firstName: string;
  readonly lastName: string;
  readonly birthYear: string;
  readonly gender: Gender | '';
  /** Language code → level; a language without a level is not spoken. */
  readonly languages: Readonly<Record<string, LanguageLevel>>;
  readonly interpreterNeeded: boolean;
  readonly danishLevel: DanishLevel | '';
  readonly localityId: string;
  readonly household: readonly { readonly firstName: string; readonly birthYear: string }[];
  readonly interests: readonly string[];
  readonly needs: readonly Need[];
  readonly preferredVolunteerGender: Gender | '';
  /** As typed, e.g. 15.08.2026. */
  readonly arrivalDate: string;
  readonly contactCoordinatorId: string;
  readonly consents: readonly string[];
  readonly notes: string;
}

export type IntakeCheck = [field: string, failed: boolean, key: TranslationKey];

export function emptyIntakeDraft(contactCoordinatorId = ''): IntakeDraft {
  return {
    firstName: '',
    lastName: '',
    birthYear: '',
    gender: '',
    languages: {},
    interpreterNeeded: false,
    danishLevel: '',
    localityId: '',
    household: [],
    interests: [],
    needs: [],
    preferredVolunteerGender: '',
    arrivalDate: '',
    contactCoordinatorId,
    consents: [],
    notes: '',
  };
}

export function draftFromParticipant(participant: ParticipantDetailsFragment): IntakeDraft {
  return {
    firstName: participant.firstName,
    lastName: participant.lastName,
    birthYear: String(participant.birthYear),
    gender: participant.gender ?? '',
    languages: Object.fromEntries(participant.languages.map((l) => [l.code, l.level])),
    interpreterNeeded: participant.interpreterNeeded,
    danishLevel: participant.danishLevel ?? '',
    localityId: participant.localityId,
    household: participant.household.map((child) => ({
      firstName: child.firstName,
      birthYear: String(child.birthYear),
    })),
    interests: [...participant.interests],
    needs: [...participant.needs],
    preferredVolunteerGender: participant.preferredVolunteerGender ?? '',
    arrivalDate: isoDateToDanish(participant.arrivalDate),
    contactCoordinatorId: participant.contactCoordinatorId ?? '',
    consents: [...participant.consents],
    notes: participant.notes,
  };
}

function isYearBetween(text: string, from: number, to: number): boolean {
  const trimmed = text.trim();
  return /^\d{4}$/.test(trimmed) && Number(trimmed) >= from && Number(trimmed) <= to;
}

/**
 * Every check of the form, in the order of the controls, so the error summary lists problems top
 * to bottom. The same limits as the API: adults up to 110 years, children 0–18, no future arrival.
 */
export function intakeChecks(draft: IntakeDraft, today = new Date()): IntakeCheck[] {
  const year = today.getFullYear();
  const arrival = draft.arrivalDate.trim();
  const arrivalIso = arrival ? parseDanishDate(arrival) : null;
  const todayIso = `${year}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const checks: IntakeCheck[] = [
    ['firstName', !draft.firstName.trim(), 'coordination.intake.problem.firstName'],
    ['lastName', !draft.lastName.trim(), 'coordination.intake.problem.lastName'],
    ['birthYear', !isYearBetween(draft.birthYear, year - 110, year), 'coordination.intake.problem.birthYear'],
    ['languages', Object.keys(draft.languages).length === 0, 'coordination.intake.problem.languages'],
    ['localityId', !draft.localityId, 'coordination.intake.problem.locality'],
  ];
  draft.household.forEach((child, i) => {
    checks.push([`household[${i}].firstName`, !child.firstName.trim(), 'coordination.intake.problem.childName']);
    checks.push([
      `household[${i}].birthYear`,
      !isYearBetween(child.birthYear, year - 18, year),
      'coordination.intake.problem.childBirthYear',
    ]);
  });
  checks.push(['arrivalDate', arrival !== '' && !arrivalIso, 'coordination.intake.problem.arrivalDate']);
  checks.push([
    'arrivalDate',
    arrivalIso !== null && arrivalIso > todayIso,
    'coordination.intake.problem.arrivalFuture',
  ]);
  checks.push(['notes', draft.notes.length > NOTES_MAX_LENGTH, 'coordination.intake.problem.notesLength']);
  return checks;
}

/** What the API gets; call only after the checks passed. */
export function toParticipantInput(draft: IntakeDraft): ParticipantInput {
  const arrival = draft.arrivalDate.trim();
  return {
    firstName: draft.firstName.trim(),
    lastName: draft.lastName.trim(),
    birthYear: Number(draft.birthYear.trim()),
    gender: draft.gender || null,
    languages: Object.entries(draft.languages).map(([code, level]) => ({ code, level })),
    interpreterNeeded: draft.interpreterNeeded,
    danishLevel: draft.danishLevel || null,
    localityId: draft.localityId,
    household: draft.household.map((child) => ({
      firstName: child.firstName.trim(),
      birthYear: Number(child.birthYear.trim()),
    })),
    interests: [...draft.interests],
    needs: [...draft.needs],
    preferredVolunteerGender: draft.preferredVolunteerGender || null,
    arrivalDate: arrival ? parseDanishDate(arrival) : null,
    contactCoordinatorId: draft.contactCoordinatorId || null,
    consents: [...draft.consents],
    notes: draft.notes.trim(),
  };
}

/** Our own message for each control the API may name: the same words as the form's own checks. */
const FIELD_MESSAGES: Readonly<Record<string, TranslationKey>> = {
  firstName: 'coordination.intake.problem.firstName',
  lastName: 'coordination.intake.problem.lastName',
  birthYear: 'coordination.intake.problem.birthYear',
  languages: 'coordination.intake.problem.languageList',
  localityId: 'coordination.intake.problem.locality',
  arrivalDate: 'coordination.intake.problem.arrivalDate',
  contactCoordinatorId: 'coordination.intake.problem.contactCoordinator',
  interests: 'coordination.intake.problem.interests',
};

/** `languages[2].level` → `languages`: the form has one control for the list. */
function controlOf(field: string): string {
  const list = field.match(/^(languages|needs|interests)\[\d+\]/);
  return list ? list[1] : field;
}

/**
 * The API's refusal as a problem on the control it names. The notes check of the API (sensitive
 * words) is its own; the form only warns, so that message is translated here too.
 */
export function intakeProblem(error: ApiError, fields: readonly string[]): Problem {
  if (error.code === 'BAD_USER_INPUT' && error.field) {
    const control = controlOf(error.field);
    if (fields.includes(control)) {
      if (control === 'notes' && error.reason === 'SENSITIVE_DATA') {
        return { field: control, key: 'coordination.intake.problem.notesSensitive' };
      }
      if (control === 'notes' && error.reason === 'TOO_LONG') {
        return { field: control, key: 'coordination.intake.problem.notesLength' };
      }
      const childField = control.match(/^household\[\d+\]\.(firstName|birthYear)$/);
      if (childField) {
        return {
          field: control,
          key:
            childField[1] === 'firstName'
              ? 'coordination.intake.problem.childName'
              : 'coordination.intake.problem.childBirthYear',
        };
      }
      const key = FIELD_MESSAGES[control];
      if (key) return { field: control, key };
      return { ...problemFromApi(error, []), field: control };
    }
  }
  return problemFromApi(error, fields);
}
