import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from './access.decorators';

/** Who is calling, as established from their session cookie. */
export interface SignedInAccount {
  readonly id: string;
  readonly municipalityId: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly sessionId: string;
}

/** What every resolver knows about the request. */
export interface RequestContext {
  readonly requestId: string;
  readonly ip: string;
  readonly account?: SignedInAccount;
  /** The tenant whose rows this request may see: the account's, or the public site's municipality. */
  readonly municipalityId: string | null;
}

/** The part of an HTTP request that the session middleware fills in. */
export interface RequestWithContext {
  id?: string | number | object;
  ip?: string;
  brobygger?: { account?: SignedInAccount; municipalityId: string | null };
}

export function requestContextOf(req: RequestWithContext): RequestContext {
  return {
    requestId: String(req.id ?? ''),
    ip: req.ip ?? '',
    account: req.brobygger?.account,
    municipalityId: req.brobygger?.municipalityId ?? null,
  };
}

export function requestContextFrom(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ context: RequestContext }>().context;
  }
  return requestContextOf(context.switchToHttp().getRequest<RequestWithContext>());
}

/** `@Context() ctx` for the request context in a resolver: `@CurrentRequest() request: RequestContext`. */
export const CurrentRequest = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestContextFrom(context),
);
