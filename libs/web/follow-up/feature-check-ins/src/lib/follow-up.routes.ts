import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** The coordinator's follow-up: check-ins at 1 and 3 months, with the volunteer's meeting log. */
export const followUpRoutes: Routes = [
  {
    path: 'koordinator/opfoelgning',
    title: title('followUp.checkIns.title'),
    canActivate: [roleGuard('COORDINATOR')],
    loadComponent: () => import('./pages/check-ins.page').then((m) => m.CheckInsPage),
  },
];
