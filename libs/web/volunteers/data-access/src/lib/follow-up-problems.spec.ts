import { ApiError } from '@brobygger/web/shared/util-forms';
import { noteProblemFromApi, todayIso } from './follow-up-problems';

describe('follow-up form problems', () => {
  it('explains the API’s refusal of a sensitive note in our own words, on the note', () => {
    const error = new ApiError(
      'BAD_USER_INPUT',
      'note: seems to contain sensitive information (health, religion, ethnicity or a CPR number): leave it out',
      'note',
    );
    expect(noteProblemFromApi(error, ['note'])).toEqual({ field: 'note', key: 'followUp.problem.sensitive' });
  });

  it('maps a too long note, and leaves other problems to the shared helper', () => {
    const long = new ApiError('BAD_USER_INPUT', 'note: must be at most 500 characters', 'note');
    expect(noteProblemFromApi(long, ['note'])).toEqual({ field: 'note', key: 'followUp.problem.noteLength' });
    const other = new ApiError('BAD_USER_INPUT', 'metOn: cannot be in the future', 'metOn');
    expect(noteProblemFromApi(other, ['metOn'])).toEqual({ field: 'metOn', text: 'cannot be in the future' });
  });

  it('knows today as Copenhagen does', () => {
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIso(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
  });
});
