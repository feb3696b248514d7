import { ApiError } from '@brobygger/web/shared/util-forms';
import { agreementProblem } from './agreement-problems';

const FIELDS = ['startsOn', 'endsOn', 'scope', 'commitments'];

describe('agreementProblem', () => {
  it('says the API’s refusals in our words, at the field they name', () => {
    const overlap = new ApiError(
      'BAD_USER_INPUT',
      'startsOn: overlaps the agreement from 2026-01-01; an association has one agreement at a time',
      'startsOn',
    );
    expect(agreementProblem(overlap, FIELDS)).toEqual({ field: 'startsOn', key: 'associationInbox.problem.overlap' });
    expect(
      agreementProblem(new ApiError('BAD_USER_INPUT', 'endsOn: must be on or after the start date', 'endsOn'), FIELDS),
    ).toEqual({ field: 'endsOn', key: 'associationInbox.problem.endBeforeStart' });
    expect(
      agreementProblem(new ApiError('BAD_USER_INPUT', 'scope: describe what the agreement covers', 'scope'), FIELDS),
    ).toEqual({ field: 'scope', key: 'associationInbox.problem.scope' });
    expect(
      agreementProblem(
        new ApiError(
          'BAD_USER_INPUT',
          'endsOn: must not be after the agreed last day; change the agreement to extend it',
          'endsOn',
        ),
        ['endsOn'],
      ),
    ).toEqual({ field: 'endsOn', key: 'associationInbox.problem.endLater' });
  });

  it('leaves other errors to the shared mapping', () => {
    expect(agreementProblem(new ApiError('NETWORK', 'offline'), FIELDS)).toEqual({
      field: null,
      key: 'auth.problem.network',
    });
    expect(agreementProblem(new ApiError('CONFLICT', 'This agreement has ended'), FIELDS)).toEqual({
      field: null,
      text: 'This agreement has ended',
    });
  });
});
