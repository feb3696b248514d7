import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** The municipality's staff manage partnership agreements with the associations. */
export const partnershipRoutes: Routes = [
  {
    path: 'koordinator/foreninger',
    title: title('associationInbox.partnerships.title'),
    canActivate: [roleGuard('COORDINATOR', 'ADMINISTRATOR')],
    loadComponent: () => import('./pages/partnerships.page').then((m) => m.PartnershipsPage),
  },
];
