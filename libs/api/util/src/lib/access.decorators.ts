import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ACCESS = 'brobygger:public';

/**
 * Marks a query, mutation or route that anyone may call, signed in or not. Everything without an
 * access declaration is refused by the AccessGuard: deny by default.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ACCESS, true);
