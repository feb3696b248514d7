import { ApiError } from '@brobygger/web/shared/util-forms';
import { invitationProblem } from './invitation-problems';

describe('invitationProblem', () => {
  it('tells an address of another municipality apart from a badly typed one', () => {
    expect(
      invitationProblem(
        new ApiError('CONFLICT', 'email: this address belongs to another municipality’s account', {
          reason: 'EMAIL_IN_OTHER_MUNICIPALITY',
          field: 'email',
        }),
      ),
    ).toEqual({ field: 'email', key: 'onboarding.problem.emailElsewhere' });
    expect(
      invitationProblem(
        new ApiError('BAD_USER_INPUT', 'email: enter a valid email address, e.g. name@example.dk', {
          reason: 'EMAIL_INVALID',
          field: 'email',
        }),
      ),
    ).toEqual({ field: 'email', key: 'onboarding.problem.email' });
  });

  it('asks for the person’s name, not “your” name', () => {
    expect(
      invitationProblem(
        new ApiError('BAD_USER_INPUT', 'displayName: enter the person’s name', {
          reason: 'REQUIRED',
          field: 'displayName',
        }),
      ),
    ).toEqual({ field: 'displayName', key: 'onboarding.problem.displayName' });
  });

  it('words any other refusal by its reason', () => {
    expect(
      invitationProblem(
        new ApiError('FORBIDDEN', 'You may not invite someone as administrator.', {
          reason: 'INVITE_ROLE_NOT_ALLOWED',
          field: 'role',
          details: { role: 'administrator' },
        }),
      ),
    ).toEqual({ field: 'role', key: 'problem.inviteRoleNotAllowed', params: { role: 'administrator' } });
  });
});
