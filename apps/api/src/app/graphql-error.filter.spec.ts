import type { ArgumentsHost } from '@nestjs/common';
import { BadRequestException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, InputErrorReason } from '@brobygger/api/util';
import { GraphqlErrorFilter } from './graphql-error.filter';

function graphqlHost(requestId: string): ArgumentsHost {
  const args = [{}, {}, { context: { requestId } }, {}];
  return {
    getType: () => 'graphql',
    getArgs: () => args,
    getArgByIndex: (i: number) => args[i],
    switchToHttp: () => {
      throw new Error('not http');
    },
    switchToRpc: () => {
      throw new Error('not rpc');
    },
    switchToWs: () => {
      throw new Error('not ws');
    },
  } as unknown as ArgumentsHost;
}

describe('GraphqlErrorFilter', () => {
  const filter = new GraphqlErrorFilter();

  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('keeps a user mistake’s message, code, reason and field', () => {
    const error = filter.catch(
      new DomainError('BAD_USER_INPUT', InputErrorReason.INVALID_FORMAT, 'cvr: must be 8 digits', 'cvr'),
      graphqlHost('r-1'),
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe('cvr: must be 8 digits');
    expect((error as GraphQLError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_FORMAT',
      field: 'cvr',
      requestId: 'r-1',
    });
  });

  it('sends the details a client words its own message with', () => {
    const error = filter.catch(
      new DomainError('BAD_USER_INPUT', InputErrorReason.TOO_LONG, 'name: must be at most 200 characters', 'name', {
        max: 200,
      }),
      graphqlHost('r-7'),
    ) as GraphQLError;
    expect(error.extensions).toMatchObject({ reason: 'TOO_LONG', field: 'name', details: { max: 200 } });
    // Only in `details`: nothing a client reads sits beside code and reason.
    expect(error.extensions).not.toHaveProperty('max');
  });

  it('masks an unexpected error and tags it with the request id', () => {
    const error = filter.catch(
      new Error('relation "x" does not exist at 10.0.0.5'),
      graphqlHost('r-2'),
    ) as GraphQLError;
    expect(error.message).toBe('Something went wrong on our side. Please quote request id r-2 if you contact us.');
    expect(error.message).not.toMatch(/relation/);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL', requestId: 'r-2' });
  });

  it('turns a validation failure into BAD_USER_INPUT with its messages', () => {
    const error = filter.catch(
      new BadRequestException({ message: ['email must be an email', 'name should not be empty'] }),
      graphqlHost('r-3'),
    ) as GraphQLError;
    expect(error.message).toBe('email must be an email; name should not be empty');
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['reason']).toBe('INVALID_REQUEST');
  });
});

describe('GraphqlErrorFilter, behind the edge checks', () => {
  const filter = new GraphqlErrorFilter();

  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));

  function refusedByPostgres(code: string, message: string, column?: string): QueryFailedError {
    return new QueryFailedError(
      'INSERT INTO x VALUES ($1)',
      ['value'],
      Object.assign(new Error(message), { code, column }),
    );
  }

  it.each([
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00', 'INVALID_CHARACTER'],
    ['22001', 'value too long for type character varying(200)', 'TOO_LONG'],
    ['22P02', 'invalid input syntax for type uuid: ""', 'INVALID_FORMAT'],
    ['22003', 'value "3000000000" is out of range for type integer', 'OUT_OF_RANGE'],
    ['22007', 'invalid input syntax for type timestamp with time zone: "x"', 'INVALID_FORMAT'],
    ['22008', 'date/time field value out of range: "2026-13-45"', 'INVALID_FORMAT'],
  ])('turns PostgreSQL’s %s (a value only a user can give) into BAD_USER_INPUT', (code, message, reason) => {
    const error = filter.catch(refusedByPostgres(code, message), graphqlHost('r-4')) as GraphQLError;
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason, requestId: 'r-4' });
    expect(error.message).not.toContain(message);
  });

  it('names the column when PostgreSQL does', () => {
    const error = filter.catch(refusedByPostgres('22001', 'too long', 'title'), graphqlHost('r-5')) as GraphQLError;
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'title', requestId: 'r-5' });
    expect(error.message).toBe('title: the value is too long');
  });

  it('still masks other database errors', () => {
    const error = filter.catch(refusedByPostgres('42P01', 'relation "x" does not exist'), graphqlHost('r-6'));
    expect((error as GraphQLError).extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });
});
