import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ACCESS = 'brobygger:public';
export const ROLE_ACCESS = 'brobygger:roles';

export const ROLES = ['administrator', 'coordinator', 'volunteer', 'association-representative'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Marks a query, mutation or route that anyone may call, signed in or not. Everything without an
 * access declaration is refused by the AccessGuard (deny by default), and lint refuses a resolver
 * method without one.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ACCESS, true);

/** Only a signed-in account holding at least one of these roles may call it. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator => SetMetadata(ROLE_ACCESS, roles);
