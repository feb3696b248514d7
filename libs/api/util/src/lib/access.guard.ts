import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ACCESS, ROLE_ACCESS, type Role } from './access.decorators';
import { AccessErrorReason } from './common.errors';
import { DomainError } from './domain-error';
import { requestContextFrom } from './request-context';

/**
 * Deny by default: a handler runs only when it (or its class) declares who may call it, with
 * @Public() or @Roles(...), and the caller qualifies.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ACCESS, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLE_ACCESS, targets);
    if (!roles) throw new DomainError('FORBIDDEN', AccessErrorReason.NO_ACCESS, 'You do not have access to this.');
    const { account } = requestContextFrom(context);
    if (!account) throw new DomainError('UNAUTHENTICATED', AccessErrorReason.NOT_SIGNED_IN, 'Please sign in first.');
    if (!roles.some((role) => account.roles.includes(role))) {
      throw new DomainError('FORBIDDEN', AccessErrorReason.NO_ACCESS, 'You do not have access to this.');
    }
    return true;
  }
}
