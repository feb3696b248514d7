import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** The coordinator's vetting of volunteers: the lists by status and one volunteer's file. */
export const vettingRoutes: Routes = [
  {
    path: 'koordinator/frivillige',
    title: title('coordination.vetting.title'),
    canActivate: [roleGuard('COORDINATOR')],
    loadComponent: () => import('./pages/volunteer-list.page').then((m) => m.VolunteerListPage),
  },
  {
    path: 'koordinator/frivillige/:id',
    title: title('coordination.vetting.volunteerTitle'),
    canActivate: [roleGuard('COORDINATOR')],
    loadComponent: () => import('./pages/volunteer-vetting.page').then((m) => m.VolunteerVettingPage),
  },
];
