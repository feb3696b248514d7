import { ApiError } from '@brobygger/web/shared/util-forms';
import { agreementProblem } from './agreement-problems';

const FIELDS = ['startsOn', 'endsOn', 'scope', 'commitments'];

describe('agreementProblem', () => {
  it('says the API’s refusals in our words, at the field they name', () => {
    const overlap = new ApiError(
      'BAD_USER_INPUT',
      'startsOn: overlaps the agreement from 2026-01-01; an association has one agreement at a time',
      { reason: 'AGREEMENT_OVERLAPS', field: 'startsOn', details: { startsOn: '2026-01-01' } },
    );
    expect(agreementProblem(overlap, FIELDS)).toEqual({ field: 'startsOn', key: 'associationInbox.problem.overlap' });
    expect(
      agreementProblem(
        new ApiError('BAD_USER_INPUT', 'endsOn: must be on or after the start date', {
          reason: 'DATE_ORDER',
          field: 'endsOn',
        }),
        FIELDS,
      ),
    ).toEqual({ field: 'endsOn', key: 'associationInbox.problem.endBeforeStart' });
    expect(
      agreementProblem(
        new ApiError('BAD_USER_INPUT', 'scope: describe what the agreement covers', {
          reason: 'REQUIRED',
          field: 'scope',
        }),
        FIELDS,
      ),
    ).toEqual({ field: 'scope', key: 'associationInbox.problem.scope' });
    expect(
      agreementProblem(
        new ApiError(
          'BAD_USER_INPUT',
          'endsOn: must not be after the agreed last day; change the agreement to extend it',
          { reason: 'AGREEMENT_END_LATER', field: 'endsOn', details: { endsOn: '2027-12-31' } },
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
    const tooLong = new ApiError('BAD_USER_INPUT', 'scope: must be at most 4000 characters', {
      reason: 'TOO_LONG',
      field: 'scope',
      details: { max: 4000 },
    });
    expect(agreementProblem(tooLong, FIELDS)).toEqual({ field: 'scope', key: 'associationInbox.problem.tooLong' });
    const ended = new ApiError('CONFLICT', 'This agreement has ended', { reason: 'AGREEMENT_ENDED' });
    expect(agreementProblem(ended, FIELDS)).toEqual({ field: null, key: 'problem.agreementEnded' });
  });
});
