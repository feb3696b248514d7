import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AccessErrorReason, DomainError, InputErrorReason, RequestErrorReason } from '@brobygger/api/util';

/** The most lexical tokens a GraphQL document may have (graphql-js's parser counts them). */
export const MAX_TOKENS = 3000;

/**
 * Last touch on every error Apollo sends: a document over the token limit is the caller's mistake
 * (BAD_USER_INPUT, still HTTP 400), said plainly; Apollo's own refusals of a request (a variable of
 * the wrong type, a document that does not validate) get a reason like ours.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (/^Syntax Error: Document contains more that \d+ tokens/.test(formatted.message)) {
    return {
      message: `The query is too long: at most ${MAX_TOKENS} tokens (names, values and punctuation).`,
      extensions: {
        ...formatted.extensions,
        code: 'BAD_USER_INPUT',
        reason: RequestErrorReason.QUERY_TOO_LONG,
        details: { max: MAX_TOKENS },
      },
    };
  }
  if (formatted.extensions?.['reason'] === undefined) {
    const internal = formatted.extensions?.['code'] === 'INTERNAL_SERVER_ERROR';
    const reason = internal ? RequestErrorReason.INTERNAL : RequestErrorReason.INVALID_REQUEST;
    return { ...formatted, extensions: { ...formatted.extensions, reason } };
  }
  return formatted;
}

/**
 * PostgreSQL data exceptions that only a value from the user can cause. The edge (input guard,
 * scalars, resolvers' checks) should refuse such a value first; this is the safety net behind it.
 */
const USER_DATA_ERRORS: Record<string, { problem: string; reason: InputErrorReason }> = {
  '22021': { problem: 'contains a character that cannot be stored', reason: InputErrorReason.INVALID_CHARACTER },
  '22001': { problem: 'is too long', reason: InputErrorReason.TOO_LONG },
  '22P02': { problem: 'is not in the expected format', reason: InputErrorReason.INVALID_FORMAT },
  '22003': { problem: 'is out of range', reason: InputErrorReason.OUT_OF_RANGE },
  '22007': { problem: 'is not a valid date or time', reason: InputErrorReason.INVALID_FORMAT },
  '22008': { problem: 'is not a valid date or time', reason: InputErrorReason.INVALID_FORMAT },
};

function userDataError(exception: unknown): { message: string; reason: InputErrorReason; field?: string } | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const driverError = exception.driverError as { code?: string; column?: string } | undefined;
  const known = driverError?.code ? USER_DATA_ERRORS[driverError.code] : undefined;
  if (!known) return undefined;
  const field = driverError?.column;
  const message = field ? `${field}: the value ${known.problem}` : `A value you entered ${known.problem}.`;
  return { message, reason: known.reason, field };
}

/** Nest's HTTP exceptions (validation pipes, a guard's refusal) by status: their code and reason. */
const HTTP_CODES: Record<number, { code: string; reason: string }> = {
  400: { code: 'BAD_USER_INPUT', reason: RequestErrorReason.INVALID_REQUEST },
  401: { code: 'UNAUTHENTICATED', reason: AccessErrorReason.NOT_SIGNED_IN },
  403: { code: 'FORBIDDEN', reason: AccessErrorReason.NO_ACCESS },
  404: { code: 'NOT_FOUND', reason: AccessErrorReason.NOT_FOUND },
  409: { code: 'CONFLICT', reason: RequestErrorReason.INVALID_REQUEST },
  429: { code: 'TOO_MANY_REQUESTS', reason: RequestErrorReason.RATE_LIMITED },
};

/**
 * Every error leaves the API with an `extensions.code` and an `extensions.reason` (one value of the
 * `*ErrorReason` enums in the schema). A user's mistake keeps its message (and the field it is about,
 * and the `details` a client needs to word it itself); anything else is logged in full and masked,
 * tagged with the request id so support can find it in the logs.
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
          reason: exception.reason,
          ...(exception.field ? { field: exception.field } : {}),
          ...(exception.details ? { details: exception.details } : {}),
          requestId,
        },
      });
    }
    const http = exception instanceof HttpException ? HTTP_CODES[exception.getStatus()] : undefined;
    if (exception instanceof HttpException && http) {
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? ([] as string[]).concat((response as { message: string | string[] }).message).join('; ')
          : exception.message;
      return new GraphQLError(message, { extensions: { code: http.code, reason: http.reason, requestId } });
    }
    const dataError = userDataError(exception);
    if (dataError) {
      // Reaching the database with such a value means a check is missing at the edge: worth a look.
      this.logger.warn({ err: exception, requestId }, 'PostgreSQL refused a value from the user');
      return new GraphQLError(dataError.message, {
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: dataError.reason,
          ...(dataError.field ? { field: dataError.field } : {}),
          requestId,
        },
      });
    }
    this.logger.error({ err: exception, requestId }, 'Unexpected error in a GraphQL operation');
    return new GraphQLError(
      `Something went wrong on our side. Please quote request id ${requestId} if you contact us.`,
      {
        extensions: { code: 'INTERNAL_SERVER_ERROR', reason: RequestErrorReason.INTERNAL, requestId },
      },
    );
  }
}
