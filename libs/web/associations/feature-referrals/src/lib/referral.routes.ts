import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;
const canManage = roleGuard('ASSOCIATION_REPRESENTATIVE', 'COORDINATOR');

/** The association's referral inbox and event registration lists (the API checks whose they are). */
export const referralRoutes: Routes = [
  {
    path: 'forening/henvisninger',
    title: title('associationInbox.referrals.title'),
    canActivate: [canManage],
    loadComponent: () => import('./pages/referrals.page').then((m) => m.ReferralsPage),
  },
  {
    path: 'forening/tilbud/:id/tilmeldinger',
    title: title('associationInbox.registrations.title'),
    canActivate: [canManage],
    loadComponent: () => import('./pages/event-registrations.page').then((m) => m.EventRegistrationsPage),
  },
];
