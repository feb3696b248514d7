import { inject } from '@angular/core';
import { type CanActivateFn, Router, type UrlTree } from '@angular/router';
import type { Role } from './graphql.generated';
import { SessionStore } from './session.store';

export const SIGN_IN_PATH = '/log-ind';
export const NO_ACCESS_PATH = '/ingen-adgang';

function toSignIn(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: { returnUrl } });
}

/** Lets signed-in accounts through; others go to the sign-in page and come back afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const account = await session.ensureLoaded();
  return account ? true : toSignIn(router, state.url);
};

/**
 * Lets through accounts with at least one of the roles. Signed out: to the sign-in page; signed in
 * without the role: to a "no access" page. Only for the user's sake: the API refuses anyway.
 */
export function roleGuard(...roles: [Role, ...Role[]]): CanActivateFn {
  return async (_route, state) => {
    const session = inject(SessionStore);
    const router = inject(Router);
    const account = await session.ensureLoaded();
    if (!account) return toSignIn(router, state.url);
    return session.hasAnyRole(...roles) ? true : router.createUrlTree([NO_ACCESS_PATH]);
  };
}

/** A return URL is followed only when it stays on this site (no `//evil.example` or `https:`). */
export function safeReturnUrl(value: string | null | undefined, fallback = '/min-side'): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
