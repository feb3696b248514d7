import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { RequestErrorReason } from '@brobygger/api/util';

/** The most a request body may hold (JSON or form): enough for any real operation. */
export const BODY_LIMIT = '100kb';

interface BodyParserError {
  status?: number;
  type?: string;
}

function answer(status: number, error: BodyParserError): { message: string; reason: RequestErrorReason } {
  if (status === 413) {
    return {
      message: `The request body is larger than the limit of ${BODY_LIMIT}.`,
      reason: RequestErrorReason.BODY_TOO_LARGE,
    };
  }
  if (error.type === 'entity.parse.failed') {
    return { message: 'The request body is not valid JSON.', reason: RequestErrorReason.BODY_NOT_JSON };
  }
  if (status === 415) {
    return {
      message: 'The request body’s character set or encoding is not supported.',
      reason: RequestErrorReason.BODY_UNREADABLE,
    };
  }
  return { message: 'The request body could not be read.', reason: RequestErrorReason.BODY_UNREADABLE };
}

/**
 * Parses JSON and form bodies (instead of Nest's defaults, so that errors can be caught right after)
 * and answers a body that cannot be read with a short GraphQL-shaped JSON error: never Express's
 * HTML page, never a stack trace, whatever NODE_ENV says.
 */
export function useBodyParsers(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: true });
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const parserError = (typeof error === 'object' && error !== null ? error : {}) as BodyParserError;
    const status =
      parserError.status && parserError.status >= 400 && parserError.status < 500 ? parserError.status : 400;
    const { message, reason } = answer(status, parserError);
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason } }] });
  });
}
