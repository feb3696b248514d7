import { ApiError } from '@brobygger/web/shared/util-forms';
import type { ParticipantDetailsFragment } from '@brobygger/web/participants/data-access';
import {
  type IntakeDraft,
  draftFromParticipant,
  emptyIntakeDraft,
  intakeChecks,
  intakeProblem,
  toParticipantInput,
} from './intake-form';

const TODAY = new Date(2026, 10, 26); // 26.11.2026

function draft(change: Partial<IntakeDraft> = {}): IntakeDraft {
  return {
    ...emptyIntakeDraft('coordinator-1'),
    firstName: 'Layla',
    lastName: 'Haddad',
    birthYear: '1987',
    languages: { ar: 'NATIVE' },
    localityId: 'town-1',
    ...change,
  };
}

/** The fields that fail, with their messages, as the error summary would list them. */
function failing(value: IntakeDraft): [string, string][] {
  return intakeChecks(value, TODAY)
    .filter(([, failed]) => failed)
    .map(([field, , key]) => [field, key]);
}

describe('intake form checks', () => {
  it('passes a complete intake', () => {
    expect(
      failing(draft({ arrivalDate: '15.08.2026', household: [{ firstName: 'Omar', birthYear: '2016' }] })),
    ).toEqual([]);
  });

  it('asks for every required field of an empty form, in the order of the controls', () => {
    expect(failing(emptyIntakeDraft())).toEqual([
      ['firstName', 'coordination.intake.problem.firstName'],
      ['lastName', 'coordination.intake.problem.lastName'],
      ['birthYear', 'coordination.intake.problem.birthYear'],
      ['languages', 'coordination.intake.problem.languages'],
      ['localityId', 'coordination.intake.problem.locality'],
    ]);
  });

  it('takes a birth year of four digits from 110 years ago to this year', () => {
    for (const year of ['87', '19 87', '1915', '2027', 'abcd']) {
      expect(failing(draft({ birthYear: year }))).toEqual([['birthYear', 'coordination.intake.problem.birthYear']]);
    }
    for (const year of ['1916', '2026', ' 1990 ']) expect(failing(draft({ birthYear: year }))).toEqual([]);
  });

  it('checks each child: a first name and an age of 0–18', () => {
    const household = [
      { firstName: ' ', birthYear: '2016' },
      { firstName: 'Sara', birthYear: '2000' },
    ];
    expect(failing(draft({ household }))).toEqual([
      ['household[0].firstName', 'coordination.intake.problem.childName'],
      ['household[1].birthYear', 'coordination.intake.problem.childBirthYear'],
    ]);
  });

  it('reads the arrival date the Danish way and refuses one in the future', () => {
    expect(failing(draft({ arrivalDate: '2026-08-15' }))).toEqual([
      ['arrivalDate', 'coordination.intake.problem.arrivalDate'],
    ]);
    expect(failing(draft({ arrivalDate: '31.02.2026' }))).toEqual([
      ['arrivalDate', 'coordination.intake.problem.arrivalDate'],
    ]);
    expect(failing(draft({ arrivalDate: '27.11.2026' }))).toEqual([
      ['arrivalDate', 'coordination.intake.problem.arrivalFuture'],
    ]);
    expect(failing(draft({ arrivalDate: '26.11.2026' }))).toEqual([]);
  });

  it('limits the notes to 2000 characters', () => {
    expect(failing(draft({ notes: 'x'.repeat(2001) }))).toEqual([['notes', 'coordination.intake.problem.notesLength']]);
    expect(failing(draft({ notes: 'x'.repeat(2000) }))).toEqual([]);
  });
});

describe('what the API gets', () => {
  it('trims text, converts years and the Danish date, and leaves unset choices out', () => {
    const input = toParticipantInput(
      draft({
        firstName: ' Layla ',
        arrivalDate: '5.8.2026',
        household: [{ firstName: ' Omar ', birthYear: '2016' }],
        needs: ['LEISURE'],
        consents: ['photos-at-events'],
        notes: ' Foretrækker formiddage. ',
      }),
    );
    expect(input).toEqual({
      firstName: 'Layla',
      lastName: 'Haddad',
      birthYear: 1987,
      gender: null,
      languages: [{ code: 'ar', level: 'NATIVE' }],
      interpreterNeeded: false,
      danishLevel: null,
      localityId: 'town-1',
      household: [{ firstName: 'Omar', birthYear: 2016 }],
      interests: [],
      needs: ['LEISURE'],
      preferredVolunteerGender: null,
      arrivalDate: '2026-08-05',
      contactCoordinatorId: 'coordinator-1',
      consents: ['photos-at-events'],
      notes: 'Foretrækker formiddage.',
    });
  });

  it('turns a saved participant back into the same input (as withdrawing a consent does)', () => {
    const participant: ParticipantDetailsFragment = {
      id: 'p-1',
      firstName: 'Layla',
      lastName: 'Haddad',
      birthYear: 1987,
      gender: 'FEMALE',
      localityId: 'town-1',
      localityName: 'Skibby',
      languages: [{ code: 'ar', level: 'NATIVE' }],
      interpreterNeeded: true,
      danishLevel: 'BEGINNER',
      household: [{ firstName: 'Omar', birthYear: 2016 }],
      interests: ['swimming'],
      needs: ['LEISURE'],
      preferredVolunteerGender: 'FEMALE',
      arrivalDate: '2026-08-15',
      contactCoordinatorId: 'coordinator-1',
      legalBasis: 'public-task',
      consents: ['photos-at-events'],
      notes: 'Formiddage.',
    };
    const again = draftFromParticipant(participant);
    expect(again.arrivalDate).toBe('15.08.2026');
    expect(intakeChecks(again, TODAY).some(([, failed]) => failed)).toBe(false);
    expect(toParticipantInput(again)).toMatchObject({
      gender: 'FEMALE',
      danishLevel: 'BEGINNER',
      arrivalDate: '2026-08-15',
      household: [{ firstName: 'Omar', birthYear: 2016 }],
      consents: ['photos-at-events'],
    });
  });
});

describe('the API’s refusals on the form', () => {
  const fields = ['firstName', 'languages', 'notes', 'contactCoordinatorId', 'household[0].birthYear'];

  it('puts the sensitive-notes refusal on the notes, in our words', () => {
    const error = new ApiError(
      'BAD_USER_INPUT',
      'notes: seems to contain sensitive information (health, religion, ethnicity or a CPR number): leave it out',
      { reason: 'SENSITIVE_DATA', field: 'notes' },
    );
    expect(intakeProblem(error, fields)).toEqual({ field: 'notes', key: 'coordination.intake.problem.notesSensitive' });
    const long = new ApiError('BAD_USER_INPUT', 'notes: must be at most 2000 characters', {
      reason: 'TOO_LONG',
      field: 'notes',
      details: { max: 2000 },
    });
    expect(intakeProblem(long, fields)).toEqual({ field: 'notes', key: 'coordination.intake.problem.notesLength' });
  });

  it('maps a field inside a list to the list’s control', () => {
    const error = new ApiError('BAD_USER_INPUT', 'languages[0].level: must be one of native', {
      reason: 'NOT_ALLOWED_VALUE',
      field: 'languages[0].level',
    });
    expect(intakeProblem(error, fields)).toEqual({
      field: 'languages',
      key: 'coordination.intake.problem.languageList',
    });
  });

  it('names the child whose birth year the API refused', () => {
    const error = new ApiError('BAD_USER_INPUT', 'household[0].birthYear: children are 0–18', {
      reason: 'OUT_OF_RANGE',
      field: 'household[0].birthYear',
      details: { min: 2008, max: 2026 },
    });
    expect(intakeProblem(error, fields)).toEqual({
      field: 'household[0].birthYear',
      key: 'coordination.intake.problem.childBirthYear',
    });
  });

  it('refuses a contact person on that control', () => {
    const error = new ApiError('BAD_USER_INPUT', 'contactCoordinatorId: choose a coordinator of this municipality', {
      reason: 'UNKNOWN_REFERENCE',
      field: 'contactCoordinatorId',
    });
    expect(intakeProblem(error, fields)).toMatchObject({ field: 'contactCoordinatorId' });
  });

  it('leaves anything else to the shared handling (a network error is no control’s)', () => {
    expect(intakeProblem(new ApiError('NETWORK', 'offline'), fields)).toEqual({
      field: null,
      key: 'auth.problem.network',
    });
  });
});
