import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toApiError } from './api-error';

function graphqlError(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('toApiError', () => {
  it('reads code, reason, field and details from the extensions', () => {
    const error = toApiError(
      graphqlError('title: must be at most 200 characters', {
        code: 'BAD_USER_INPUT',
        reason: 'TOO_LONG',
        field: 'title',
        details: { max: 200, nested: { no: 1 } },
        requestId: 'r-1',
      }),
    );
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'title', details: { max: 200 } });
    expect(error.details).not.toHaveProperty('nested');
  });

  it('reads retryAt from details, not from the extensions themselves', () => {
    const error = toApiError(
      graphqlError('Too many failed sign-in attempts.', {
        code: 'TOO_MANY_REQUESTS',
        reason: 'TOO_MANY_SIGN_INS',
        details: { retryAt: '2026-11-26T12:05:00.000Z', retryAfterSeconds: 300 },
      }),
    );
    expect(error.retryAt).toBe('2026-11-26T12:05:00.000Z');
    expect(
      toApiError(graphqlError('x', { code: 'TOO_MANY_REQUESTS', retryAt: '2026-11-26T12:05:00.000Z' })).retryAt,
    ).toBeNull();
  });

  it('keeps an unknown code or reason out of the types', () => {
    const error = toApiError(graphqlError('new', { code: 'TEAPOT', reason: 'SOMETHING_NEW' }));
    expect(error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: null, field: null, details: {} });
  });

  it('calls anything that is not a GraphQL error a network problem', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toMatchObject({ code: 'NETWORK', reason: null });
  });
});
