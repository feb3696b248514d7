import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from '@brobygger/api/util';

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
    this.logger.error({ err: exception, requestId }, 'Unexpected error in a GraphQL operation');
    return new GraphQLError(
      `Something went wrong on our side. Please quote request id ${requestId} if you contact us.`,
      {
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    );
  }
}
