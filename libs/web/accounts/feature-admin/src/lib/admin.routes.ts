import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** Administrators invite staff and see the invitations waiting for an answer. */
export const adminRoutes: Routes = [
  {
    path: 'admin/brugere',
    title: title('onboarding.admin.title'),
    canActivate: [roleGuard('ADMINISTRATOR')],
    loadComponent: () => import('./pages/users.page').then((m) => m.UsersPage),
  },
];
