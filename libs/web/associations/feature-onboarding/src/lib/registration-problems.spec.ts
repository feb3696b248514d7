import { ApiError } from '@brobygger/web/shared/util-forms';
import { registrationProblem } from './registration-problems';

describe('registrationProblem', () => {
  it('tells a CVR number that fails the modulus-11 rule apart from a badly typed one', () => {
    const invalid = new ApiError(
      'BAD_USER_INPUT',
      'cvr: not a valid CVR number (8 digits that pass the modulus-11 check)',
      { reason: 'CVR_INVALID', field: 'cvr' },
    );
    expect(registrationProblem(invalid)).toEqual({ field: 'cvr', key: 'onboarding.problem.cvrInvalid' });
    const short = new ApiError('BAD_USER_INPUT', 'cvr: must be 8 digits', { reason: 'INVALID_FORMAT', field: 'cvr' });
    expect(registrationProblem(short)).toEqual({ field: 'cvr', key: 'onboarding.problem.cvrFormat' });
  });

  it('names the association that already has the CVR number', () => {
    const taken = new ApiError('CONFLICT', 'cvr: Skibby Bylaug is already registered with this CVR number', {
      reason: 'CVR_ALREADY_REGISTERED',
      field: 'cvr',
      details: { name: 'Skibby Bylaug' },
    });
    expect(registrationProblem(taken)).toEqual({
      field: 'cvr',
      key: 'onboarding.problem.cvrTaken',
      params: { name: 'Skibby Bylaug' },
    });
    const race = new ApiError('CONFLICT', 'cvr: another association is already registered with this CVR number', {
      reason: 'CVR_ALREADY_REGISTERED',
      field: 'cvr',
    });
    expect(registrationProblem(race)).toEqual({ field: 'cvr', key: 'onboarding.problem.cvrTakenUnknown' });
  });

  it('puts the representative’s problems at their controls', () => {
    const elsewhere = new ApiError(
      'CONFLICT',
      'representative.email: this address belongs to another municipality’s account',
      { reason: 'EMAIL_IN_OTHER_MUNICIPALITY', field: 'representative.email' },
    );
    expect(registrationProblem(elsewhere)).toEqual({
      field: 'representative.email',
      key: 'onboarding.problem.emailElsewhere',
    });
    const noName = new ApiError('BAD_USER_INPUT', 'representative.displayName: enter the person’s name', {
      reason: 'REQUIRED',
      field: 'representative.displayName',
    });
    expect(registrationProblem(noName)).toEqual({
      field: 'representative.displayName',
      key: 'onboarding.problem.displayName',
    });
  });

  it('says a too long name in the form’s words, and anything else by its reason', () => {
    const long = new ApiError('BAD_USER_INPUT', 'name: must be at most 200 characters', {
      reason: 'TOO_LONG',
      field: 'name',
      details: { max: 200 },
    });
    expect(registrationProblem(long)).toEqual({ field: 'name', key: 'onboarding.problem.nameTooLong' });
    const other = new ApiError('BAD_USER_INPUT', 'kind: must be one of sports, culture', {
      reason: 'NOT_ALLOWED_VALUE',
      field: 'kind',
    });
    expect(registrationProblem(other)).toEqual({ field: 'kind', key: 'problem.notAllowedValue' });
  });
});
