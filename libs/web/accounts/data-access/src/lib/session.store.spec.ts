import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Apollo } from 'apollo-angular';
import { type Observable, of, throwError } from 'rxjs';
import { ApiError, toApiError } from '@brobygger/web/shared/util-forms';
import { MeGQL, SignInGQL, SignOutEverywhereGQL, SignOutGQL } from './graphql.generated';
import { type SessionAccount, SessionStore } from './session.store';

const volunteer: SessionAccount = {
  id: 'a1',
  email: 'frivillig@demo.brobygger.dk',
  displayName: 'Freja Frivillig',
  roles: ['VOLUNTEER'],
};

function graphqlError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...extensions } }] });
}

function setUp(api: {
  me?: () => Observable<unknown>;
  signIn?: () => Observable<unknown>;
  signOut?: () => Observable<unknown>;
}) {
  const clearStore = jest.fn().mockResolvedValue([]);
  const me = jest.fn(api.me ?? (() => of({ data: { me: volunteer } })));
  TestBed.configureTestingModule({
    providers: [
      { provide: Apollo, useValue: { client: { clearStore } } },
      { provide: MeGQL, useValue: { fetch: me } },
      { provide: SignInGQL, useValue: { mutate: api.signIn ?? (() => of({ data: { signIn: volunteer } })) } },
      { provide: SignOutGQL, useValue: { mutate: api.signOut ?? (() => of({ data: { signOut: true } })) } },
      { provide: SignOutEverywhereGQL, useValue: { mutate: () => of({ data: { signOutEverywhere: true } }) } },
    ],
  });
  return { store: TestBed.inject(SessionStore), me, clearStore };
}

describe('SessionStore', () => {
  it('is signed out and not loaded before the first answer', () => {
    const { store } = setUp({});
    expect(store.loaded()).toBe(false);
    expect(store.account()).toBeNull();
    expect(store.roles()).toEqual([]);
  });

  it('loads the signed-in account and its roles from `me`', async () => {
    const { store } = setUp({});
    await expect(store.load()).resolves.toEqual(volunteer);
    expect(store.loaded()).toBe(true);
    expect(store.signedIn()).toBe(true);
    expect(store.roles()).toEqual(['VOLUNTEER']);
    expect(store.hasAnyRole('ADMINISTRATOR', 'VOLUNTEER')).toBe(true);
    expect(store.hasAnyRole('ADMINISTRATOR')).toBe(false);
  });

  it('treats UNAUTHENTICATED from `me` as signed out, not as a failure', async () => {
    const { store } = setUp({ me: () => throwError(() => graphqlError('UNAUTHENTICATED', 'Please sign in first.')) });
    await expect(store.load()).resolves.toBeNull();
    expect(store.loaded()).toBe(true);
    expect(store.signedIn()).toBe(false);
  });

  it('shares one request between concurrent loads and asks once for guards', async () => {
    const { store, me } = setUp({});
    await Promise.all([store.load(), store.load(), store.ensureLoaded()]);
    await store.ensureLoaded();
    expect(me).toHaveBeenCalledTimes(1);
  });

  it('signs in, forgetting data cached for the previous visitor', async () => {
    const { store, clearStore } = setUp({ me: () => throwError(() => graphqlError('UNAUTHENTICATED', 'x')) });
    await store.load();
    await expect(store.signIn('frivillig@demo.brobygger.dk', 'secret')).resolves.toEqual(volunteer);
    expect(store.account()).toEqual(volunteer);
    expect(clearStore).toHaveBeenCalled();
  });

  it('rejects a failed sign-in with an ApiError carrying code, reason and retry time', async () => {
    const { store } = setUp({
      signIn: () =>
        throwError(() =>
          graphqlError('TOO_MANY_REQUESTS', 'Too many failed sign-in attempts.', {
            reason: 'TOO_MANY_SIGN_INS',
            details: { retryAfterSeconds: 600, retryAt: '2026-11-26T12:00:00.000Z' },
          }),
        ),
    });
    const error = await store.signIn('a@b.dk', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_SIGN_INS' });
    expect((error as ApiError).retryAt).toBe('2026-11-26T12:00:00.000Z');
    expect(store.signedIn()).toBe(false);
  });

  it('signs out, and counts an already ended session as signed out', async () => {
    const { store, clearStore } = setUp({
      signOut: () => throwError(() => graphqlError('UNAUTHENTICATED', 'Please sign in first.')),
    });
    await store.load();
    await store.signOut();
    expect(store.account()).toBeNull();
    expect(clearStore).toHaveBeenCalled();
  });

  it('signs out everywhere', async () => {
    const { store } = setUp({});
    await store.load();
    await store.signOutEverywhere();
    expect(store.signedIn()).toBe(false);
  });
});

describe('toApiError', () => {
  it('reads the field, the reason and its details', () => {
    const error = toApiError(
      graphqlError('BAD_USER_INPUT', 'password: must be at least 10 characters long', {
        field: 'password',
        reason: 'PASSWORD_TOO_SHORT',
        details: { min: 10 },
      }),
    );
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
      reason: 'PASSWORD_TOO_SHORT',
      details: { min: 10 },
    });
  });

  it('calls anything that is not a GraphQL error a network problem', () => {
    expect(toApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});
