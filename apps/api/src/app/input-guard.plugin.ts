import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { findInputProblem } from '@brobygger/api/util';

/**
 * Refuses, before any resolver runs, an operation whose arguments hold a value no resolver can take
 * (a NUL character, an impossible DateTime, a value its enum does not have): BAD_USER_INPUT naming
 * the field, HTTP 400, like Apollo's own refusal of a variable of the wrong type.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const problem = findInputProblem(schema, document, operation, request.variables ?? {});
          if (!problem) return;
          throw new GraphQLError(`${problem.field}: ${problem.message}`, {
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: problem.reason,
              field: problem.field,
              ...(problem.details ? { details: problem.details } : {}),
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}
