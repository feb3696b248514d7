import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  Router,
  type RouterStateSnapshot,
  provideRouter,
} from '@angular/router';
import { roleGuard, safeReturnUrl, signedInGuard } from './session.guards';
import { type SessionAccount, SessionStore } from './session.store';

function setUp(account: SessionAccount | null) {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      {
        provide: SessionStore,
        useValue: {
          ensureLoaded: jest.fn().mockResolvedValue(account),
          hasAnyRole: (...roles: string[]) => roles.some((role) => account?.roles.includes(role as never)),
        },
      },
    ],
  });
}

function run(guard: CanActivateFn, url: string) {
  return TestBed.runInInjectionContext(() =>
    guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
  ) as Promise<unknown>;
}

function serialised(result: unknown): string {
  return TestBed.inject(Router).serializeUrl(result as never);
}

const administrator: SessionAccount = { id: '1', email: 'a@b.dk', displayName: 'A', roles: ['ADMINISTRATOR'] };
const volunteer: SessionAccount = { id: '2', email: 'v@b.dk', displayName: 'V', roles: ['VOLUNTEER'] };

describe('signedInGuard', () => {
  it('lets a signed-in account through', async () => {
    setUp(volunteer);
    await expect(run(signedInGuard, '/min-side')).resolves.toBe(true);
  });

  it('sends a signed-out visitor to the sign-in page with a return URL', async () => {
    setUp(null);
    expect(serialised(await run(signedInGuard, '/min-side'))).toBe('/log-ind?returnUrl=%2Fmin-side');
  });
});

describe('roleGuard', () => {
  it('lets an account with the role through', async () => {
    setUp(administrator);
    await expect(run(roleGuard('ADMINISTRATOR'), '/admin/udbakke')).resolves.toBe(true);
  });

  it('shows a signed-in account without the role the no-access page', async () => {
    setUp(volunteer);
    expect(serialised(await run(roleGuard('ADMINISTRATOR', 'COORDINATOR'), '/admin/udbakke'))).toBe('/ingen-adgang');
  });

  it('sends a signed-out visitor to sign in first', async () => {
    setUp(null);
    expect(serialised(await run(roleGuard('ADMINISTRATOR'), '/admin/udbakke'))).toBe(
      '/log-ind?returnUrl=%2Fadmin%2Fudbakke',
    );
  });
});

describe('safeReturnUrl', () => {
  it('follows paths on this site only', () => {
    expect(safeReturnUrl('/min-side?x=1')).toBe('/min-side?x=1');
    expect(safeReturnUrl('//evil.example/')).toBe('/min-side');
    expect(safeReturnUrl('/\\evil.example')).toBe('/min-side');
    expect(safeReturnUrl('https://evil.example/')).toBe('/min-side');
    expect(safeReturnUrl(undefined)).toBe('/min-side');
  });
});
