import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** /koordinator/fritidspas — the year's budget (administrators set it) and the grants (coordinators make them). */
export const fritidspasRoutes: Routes = [
  {
    path: 'koordinator/fritidspas',
    title: title('coordination.fritidspas.title'),
    canActivate: [roleGuard('COORDINATOR', 'ADMINISTRATOR')],
    loadComponent: () => import('./pages/fritidspas.page').then((m) => m.FritidspasPage),
  },
];
