import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ACCESS } from './access.decorators';
import { DomainError } from './domain-error';

/**
 * Deny by default: a handler runs only when it (or its class) declares who may call it.
 * The accounts issue adds the role declarations; until then only @Public() handlers exist.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    throw new DomainError('FORBIDDEN', 'You do not have access to this.');
  }
}
