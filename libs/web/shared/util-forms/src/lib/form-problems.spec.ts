import { TestBed } from '@angular/core/testing';
import { ApiError } from './api-error';
import { I18nService } from '@brobygger/web/shared/i18n';
import { FormProblems, problemFromApi } from './form-problems';

describe('problemFromApi', () => {
  it('translates the wrong-credentials message and ties it to no control', () => {
    const problem = problemFromApi(new ApiError('UNAUTHENTICATED', 'The email or the password is not right.'), [
      'email',
      'password',
    ]);
    expect(problem).toEqual({ field: null, key: 'auth.problem.wrongCredentials', params: undefined });
  });

  it('puts an input problem on the control named by extensions.field, with its numbers', () => {
    const error = new ApiError('BAD_USER_INPUT', 'password: must be at least 10 characters long', 'password');
    expect(problemFromApi(error, ['password'])).toEqual({
      field: 'password',
      key: 'auth.problem.passwordTooShort',
      params: { min: '10' },
    });
  });

  it('says when to try again after too many attempts, in Danish date format', () => {
    const error = new ApiError('TOO_MANY_REQUESTS', 'Too many', null, '2026-11-26T12:05:00.000Z');
    expect(problemFromApi(error, [])).toEqual({
      field: null,
      key: 'auth.problem.tooManyUntil',
      params: { date: '26.11.2026', time: '13.05' },
    });
  });

  it('shows an API message it has no translation for as it is, without the field prefix', () => {
    const error = new ApiError('BAD_USER_INPUT', 'email: something new', 'email');
    expect(problemFromApi(error, ['email'])).toEqual({ field: 'email', text: 'something new' });
  });

  it('keeps a problem about a field the form does not have off the controls', () => {
    const error = new ApiError('BAD_USER_INPUT', 'token: this link has expired; ask for a new one', 'token');
    expect(problemFromApi(error, ['password'])).toMatchObject({ field: null, key: 'auth.problem.tokenExpired' });
  });
});

describe('FormProblems', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the first failing check per field and re-translates on a language switch', () => {
    const i18n = TestBed.inject(I18nService);
    const problems = new FormProblems(i18n);
    expect(
      problems.check([
        ['email', true, 'auth.required.email'],
        ['email', true, 'auth.problem.email'],
        ['password', false, 'auth.required.password'],
      ]),
    ).toBe(false);
    expect(problems.shown()).toEqual([{ field: 'email', message: 'Skriv din e-mailadresse' }]);
    i18n.setLanguage('en');
    expect(problems.of('email')).toBe('Enter your email address');
    expect(problems.of('password')).toBeNull();
  });

  it('disables sending while a request runs and shows its error afterwards', async () => {
    const problems = new FormProblems(TestBed.inject(I18nService));
    let release!: () => void;
    const request = new Promise<void>((_, reject) => (release = () => reject(new Error('offline'))));
    const sending = problems.send(
      () => request,
      [],
      () => new ApiError('NETWORK', 'offline'),
    );
    expect(problems.sending()).toBe(true);
    release();
    await expect(sending).resolves.toBe(false);
    expect(problems.sending()).toBe(false);
    expect(problems.shown()[0].message).toContain('ingen forbindelse');
  });
});
