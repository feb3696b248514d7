import type { ArgumentsHost } from '@nestjs/common';
import { BadRequestException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@brobygger/api/util';
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

  it('keeps a user mistake’s message, code and field', () => {
    const error = filter.catch(new DomainError('BAD_USER_INPUT', 'cvr: must be 8 digits', 'cvr'), graphqlHost('r-1'));
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toBe('cvr: must be 8 digits');
    expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'cvr', requestId: 'r-1' });
  });

  it('masks an unexpected error and tags it with the request id', () => {
    const error = filter.catch(
      new Error('relation "x" does not exist at 10.0.0.5'),
      graphqlHost('r-2'),
    ) as GraphQLError;
    expect(error.message).toBe('Something went wrong on our side. Please quote request id r-2 if you contact us.');
    expect(error.message).not.toMatch(/relation/);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'r-2' });
  });

  it('turns a validation failure into BAD_USER_INPUT with its messages', () => {
    const error = filter.catch(
      new BadRequestException({ message: ['email must be an email', 'name should not be empty'] }),
      graphqlHost('r-3'),
    ) as GraphQLError;
    expect(error.message).toBe('email must be an email; name should not be empty');
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
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
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00'],
    ['22001', 'value too long for type character varying(200)'],
    ['22P02', 'invalid input syntax for type uuid: ""'],
    ['22003', 'value "3000000000" is out of range for type integer'],
    ['22007', 'invalid input syntax for type timestamp with time zone: "x"'],
    ['22008', 'date/time field value out of range: "2026-13-45"'],
  ])('turns PostgreSQL’s %s (a value only a user can give) into BAD_USER_INPUT', (code, message) => {
    const error = filter.catch(refusedByPostgres(code, message), graphqlHost('r-4')) as GraphQLError;
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', requestId: 'r-4' });
    expect(error.message).not.toContain(message);
  });

  it('names the column when PostgreSQL does', () => {
    const error = filter.catch(refusedByPostgres('22001', 'too long', 'title'), graphqlHost('r-5')) as GraphQLError;
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title', requestId: 'r-5' });
    expect(error.message).toBe('title: the value is too long');
  });

  it('still masks other database errors', () => {
    const error = filter.catch(refusedByPostgres('42P01', 'relation "x" does not exist'), graphqlHost('r-6'));
    expect((error as GraphQLError).extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });
});
