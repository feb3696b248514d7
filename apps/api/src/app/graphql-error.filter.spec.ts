import type { ArgumentsHost } from '@nestjs/common';
import { BadRequestException, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
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
