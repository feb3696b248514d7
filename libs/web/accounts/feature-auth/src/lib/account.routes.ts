import type { Routes } from '@angular/router';
import { roleGuard, signedInGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

/** Route titles are translation keys; the app's title strategy translates them. */
const title = (key: TranslationKey): string => key;

/**
 * Sign-in and account pages under Danish paths (the emails link to three of them). Each page is
 * its own lazy chunk; the guards only spare the user a page that the API would refuse anyway.
 */
export const accountRoutes: Routes = [
  {
    path: 'log-ind',
    title: title('signIn.title'),
    loadComponent: () => import('./pages/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'bliv-frivillig',
    title: title('signUp.title'),
    loadComponent: () => import('./pages/sign-up.page').then((m) => m.SignUpPage),
  },
  {
    path: 'bekraeft-email',
    title: title('confirm.title'),
    loadComponent: () => import('./pages/confirm-email.page').then((m) => m.ConfirmEmailPage),
  },
  {
    path: 'glemt-adgangskode',
    title: title('forgot.title'),
    loadComponent: () => import('./pages/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'nulstil-adgangskode',
    title: title('reset.title'),
    data: { mode: 'reset' },
    loadComponent: () => import('./pages/choose-password.page').then((m) => m.ChoosePasswordPage),
  },
  {
    path: 'invitation',
    title: title('invitation.title'),
    data: { mode: 'invitation' },
    loadComponent: () => import('./pages/choose-password.page').then((m) => m.ChoosePasswordPage),
  },
  {
    path: 'min-side',
    title: title('myPage.title'),
    canActivate: [signedInGuard],
    loadComponent: () => import('./pages/my-page.page').then((m) => m.MyPage),
  },
  {
    path: 'admin/udbakke',
    title: title('outbox.title'),
    canActivate: [roleGuard('ADMINISTRATOR')],
    loadComponent: () => import('./pages/outbox.page').then((m) => m.OutboxPage),
  },
  {
    path: 'ingen-adgang',
    title: title('noAccess.title'),
    loadComponent: () => import('./pages/no-access.page').then((m) => m.NoAccessPage),
  },
];
