import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@brobygger/api/util';

/** The most lexical tokens a GraphQL document may have (graphql-js's parser counts them). */
export const MAX_TOKENS = 3000;

/**
 * Last touch on every error Apollo sends: a document over the token limit is the caller's mistake
 * (BAD_USER_INPUT, still HTTP 400), said plainly.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (/^Syntax Error: Document contains more that \d+ tokens/.test(formatted.message)) {
    return {
      message: `The query is too long: at most ${MAX_TOKENS} tokens (names, values and punctuation).`,
      extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' },
    };
  }
  return formatted;
}

/**
 * PostgreSQL data exceptions that only a value from the user can cause. The edge (input guard,
 * scalars, resolvers' checks) should refuse such a value first; this is the safety net behind it.
 */
const USER_DATA_ERRORS: Record<string, string> = {
  '22021': 'contains a character that cannot be stored',
  '22001': 'is too long',
  '22P02': 'is not in the expected format',
  '22003': 'is out of range',
  '22007': 'is not a valid date or time',
  '22008': 'is not a valid date or time',
};

function userDataError(exception: unknown): { message: string; field?: string } | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const driverError = exception.driverError as { code?: string; column?: string } | undefined;
  const problem = driverError?.code ? USER_DATA_ERRORS[driverError.code] : undefined;
  if (!problem) return undefined;
  const field = driverError?.column;
  return { message: field ? `${field}: the value ${problem}` : `A value you entered ${problem}.`, field };
}

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * Every error leaves the API with an `extensions.code`. A user's mistake keeps its message (and the
 * field it is about); anything else is logged in full and masked, tagged with the request id so
 * support can find it in the logs.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    const requestId = GqlArgumentsHost.create(host).getContext<{ context?: { requestId?: string } }>().context
      ?.requestId;
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof DomainError) {
      return new GraphQLError(exception.message, {
        extensions: {
          code: exception.code,
          ...(exception.field ? { field: exception.field } : {}),
          ...exception.details,
          requestId,
        },
      });
    }
    if (exception instanceof HttpException && HTTP_CODES[exception.getStatus()]) {
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? ([] as string[]).concat((response as { message: string | string[] }).message).join('; ')
          : exception.message;
      return new GraphQLError(message, { extensions: { code: HTTP_CODES[exception.getStatus()], requestId } });
    }
    const dataError = userDataError(exception);
    if (dataError) {
      // Reaching the database with such a value means a check is missing at the edge: worth a look.
      this.logger.warn({ err: exception, requestId }, 'PostgreSQL refused a value from the user');
      return new GraphQLError(dataError.message, {
        extensions: { code: 'BAD_USER_INPUT', ...(dataError.field ? { field: dataError.field } : {}), requestId },
      });
    }
    this.logger.error({ err: exception, requestId }, 'Unexpected error in a GraphQL operation');
    return new GraphQLError(
      `Something went wrong on our side. Please quote request id ${requestId} if you contact us.`,
      {
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    );
  }
}
