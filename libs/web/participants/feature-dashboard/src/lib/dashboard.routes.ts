import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** /koordinator — the coordinator's start page. */
export const coordinatorDashboardRoutes: Routes = [
  {
    path: 'koordinator',
    pathMatch: 'full',
    title: title('coordination.dashboard.title'),
    canActivate: [roleGuard('COORDINATOR')],
    loadComponent: () => import('./dashboard.page').then((m) => m.DashboardPage),
  },
];
