import { ApiError } from '@brobygger/web/shared/util-forms';
import { registrationProblem } from './registration-problems';

describe('registrationProblem', () => {
  it('tells a CVR number that fails the modulus-11 rule apart from a badly typed one', () => {
    const invalid = new ApiError(
      'BAD_USER_INPUT',
      'cvr: not a valid CVR number (8 digits that pass the modulus-11 check)',
      'cvr',
    );
    expect(registrationProblem(invalid)).toEqual({ field: 'cvr', key: 'onboarding.problem.cvrInvalid' });
    const short = new ApiError('BAD_USER_INPUT', 'cvr: must be 8 digits', 'cvr');
    expect(registrationProblem(short)).toEqual({ field: 'cvr', key: 'onboarding.problem.cvrFormat' });
  });

  it('names the association that already has the CVR number', () => {
    const taken = new ApiError('CONFLICT', 'cvr: Skibby Bylaug is already registered with this CVR number', 'cvr');
    expect(registrationProblem(taken)).toEqual({
      field: 'cvr',
      key: 'onboarding.problem.cvrTaken',
      params: { name: 'Skibby Bylaug' },
    });
    const race = new ApiError('CONFLICT', 'cvr: another association is already registered with this CVR number', 'cvr');
    expect(registrationProblem(race)).toEqual({ field: 'cvr', key: 'onboarding.problem.cvrTakenUnknown' });
  });

  it('puts the representative’s problems at their controls', () => {
    const elsewhere = new ApiError(
      'CONFLICT',
      'representative.email: this address belongs to another municipality’s account',
      'representative.email',
    );
    expect(registrationProblem(elsewhere)).toEqual({
      field: 'representative.email',
      key: 'onboarding.problem.emailElsewhere',
    });
    const noName = new ApiError(
      'BAD_USER_INPUT',
      'representative.displayName: enter the person’s name',
      'representative.displayName',
    );
    expect(registrationProblem(noName)).toEqual({
      field: 'representative.displayName',
      key: 'onboarding.problem.displayName',
    });
  });

  it('keeps the API’s own words for a problem it has no translation for', () => {
    const other = new ApiError('BAD_USER_INPUT', 'kind: something new', 'kind');
    expect(registrationProblem(other)).toEqual({ field: 'kind', text: 'something new' });
  });
});
