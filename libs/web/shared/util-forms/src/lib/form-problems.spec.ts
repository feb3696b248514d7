import { TestBed } from '@angular/core/testing';
import { ApiError } from './api-error';
import { I18nService } from '@brobygger/web/shared/i18n';
import { FormProblems, problemFromApi } from './form-problems';

describe('problemFromApi', () => {
  it('words an error by its reason and ties wrong credentials to no control', () => {
    const error = new ApiError('UNAUTHENTICATED', 'The email or the password is not right.', {
      reason: 'WRONG_CREDENTIALS',
    });
    expect(problemFromApi(error, ['email', 'password'])).toEqual({ field: null, key: 'auth.problem.wrongCredentials' });
  });

  it('puts an input problem on the control named by extensions.field, with the numbers from details', () => {
    const error = new ApiError('BAD_USER_INPUT', 'password: must be at least 10 characters long', {
      reason: 'PASSWORD_TOO_SHORT',
      field: 'password',
      details: { min: 10 },
    });
    expect(problemFromApi(error, ['password'])).toEqual({
      field: 'password',
      key: 'auth.problem.passwordTooShort',
      params: { min: 10 },
    });
  });

  it('says a too long text in general words, not as a too long password', () => {
    const error = new ApiError('BAD_USER_INPUT', 'title: must be at most 200 characters', {
      reason: 'TOO_LONG',
      field: 'title',
      details: { max: 200 },
    });
    expect(problemFromApi(error, ['title'])).toEqual({ field: 'title', key: 'problem.tooLong', params: { max: 200 } });
  });

  it('says when to try again after too many attempts, in Danish date format, from details.retryAt', () => {
    const error = new ApiError('TOO_MANY_REQUESTS', 'Too many', {
      reason: 'TOO_MANY_SIGN_INS',
      details: { retryAt: '2026-11-26T12:05:00.000Z', retryAfterSeconds: 300 },
    });
    expect(error.retryAt).toBe('2026-11-26T12:05:00.000Z');
    expect(problemFromApi(error, [])).toEqual({
      field: null,
      key: 'auth.problem.tooManyUntil',
      params: { date: '26.11.2026', time: '13.05' },
    });
  });

  it('has a form’s own words for some reasons on some fields, whatever the list index', () => {
    const email = new ApiError('BAD_USER_INPUT', 'contactPeople[1].email: enter a valid email address', {
      reason: 'INVALID_FORMAT',
      field: 'contactPeople[1].email',
    });
    expect(problemFromApi(email, ['contactPeople[1].email'])).toEqual({
      field: 'contactPeople[1].email',
      key: 'auth.problem.email',
    });
    const weeks = new ApiError('BAD_USER_INPUT', 'trialWeeks: enter the trial length, from 1 to 52 weeks', {
      reason: 'OUT_OF_RANGE',
      field: 'trialWeeks',
      details: { min: 1, max: 52 },
    });
    expect(problemFromApi(weeks, ['trialWeeks'])).toMatchObject({ key: 'offerForm.problem.trialWeeks' });
  });

  it('explains a refused note in the follow-up’s own words', () => {
    const sensitive = new ApiError('BAD_USER_INPUT', 'note: seems to contain sensitive information', {
      reason: 'SENSITIVE_DATA',
      field: 'note',
    });
    expect(problemFromApi(sensitive, ['note'])).toEqual({ field: 'note', key: 'followUp.problem.sensitive' });
    const long = new ApiError('BAD_USER_INPUT', 'note: must be at most 500 characters', {
      reason: 'TOO_LONG',
      field: 'note',
      details: { max: 500 },
    });
    expect(problemFromApi(long, ['note'])).toEqual({
      field: 'note',
      key: 'followUp.problem.noteLength',
      params: { max: 500 },
    });
  });

  it('words a range by what details holds, dates the Danish way', () => {
    const range = (details: Record<string, string | number>) =>
      problemFromApi(new ApiError('BAD_USER_INPUT', 'x', { reason: 'OUT_OF_RANGE', field: 'x', details }), ['x']);
    expect(range({ min: '2000-01-01', max: '2099-12-31' })).toEqual({
      field: 'x',
      key: 'problem.outOfRange',
      params: { min: '01.01.2000', max: '31.12.2099' },
    });
    expect(range({ min: 0 })).toEqual({ field: 'x', key: 'problem.outOfRangeMin', params: { min: 0 } });
    expect(range({})).toEqual({ field: 'x', key: 'problem.outOfRangePlain' });
  });

  it('shows the API’s own message only when it sent no reason the web knows', () => {
    const error = new ApiError('BAD_USER_INPUT', 'email: something new', { field: 'email' });
    expect(problemFromApi(error, ['email'])).toEqual({ field: 'email', text: 'email: something new' });
    expect(problemFromApi(new ApiError('INTERNAL_SERVER_ERROR', 'boom'), [])).toEqual({
      field: null,
      key: 'auth.problem.unexpected',
    });
  });

  it('keeps a problem about a field the form does not have off the controls', () => {
    const error = new ApiError('BAD_USER_INPUT', 'token: this link has expired; ask for a new one', {
      reason: 'TOKEN_EXPIRED',
      field: 'token',
    });
    expect(problemFromApi(error, ['password'])).toEqual({ field: null, key: 'auth.problem.tokenExpired' });
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
