import { ApiError } from '@brobygger/web/shared/util-forms';
import { invitationProblem } from './invitation-problems';

describe('invitationProblem', () => {
  it('tells an address of another municipality apart from a badly typed one', () => {
    expect(
      invitationProblem(
        new ApiError('CONFLICT', 'email: this address belongs to another municipality’s account', 'email'),
      ),
    ).toEqual({ field: 'email', key: 'onboarding.problem.emailElsewhere' });
    expect(
      invitationProblem(
        new ApiError('BAD_USER_INPUT', 'email: enter a valid email address, e.g. name@example.dk', 'email'),
      ),
    ).toEqual({ field: 'email', key: 'onboarding.problem.email' });
  });

  it('asks for the person’s name, not “your” name', () => {
    expect(
      invitationProblem(new ApiError('BAD_USER_INPUT', 'displayName: enter the person’s name', 'displayName')),
    ).toEqual({ field: 'displayName', key: 'onboarding.problem.displayName' });
  });

  it('keeps the API’s own words for a refusal it has no translation for', () => {
    expect(
      invitationProblem(new ApiError('FORBIDDEN', 'You may not invite someone as administrator.', 'role')),
    ).toEqual({
      field: 'role',
      text: 'You may not invite someone as administrator.',
    });
  });
});
