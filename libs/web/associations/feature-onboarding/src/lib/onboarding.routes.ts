import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** The municipality's staff register a new association and invite its first representative. */
export const onboardingRoutes: Routes = [
  {
    path: 'koordinator/foreninger/ny',
    title: title('onboarding.register.title'),
    canActivate: [roleGuard('COORDINATOR', 'ADMINISTRATOR')],
    loadComponent: () => import('./pages/register-association.page').then((m) => m.RegisterAssociationPage),
  },
];
