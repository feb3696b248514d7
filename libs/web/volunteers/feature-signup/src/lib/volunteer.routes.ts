import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** The volunteer's own pages: the application status and the step-by-step profile. */
export const volunteerRoutes: Routes = [
  {
    path: 'frivillig',
    title: title('volunteer.title'),
    canActivate: [roleGuard('VOLUNTEER')],
    loadComponent: () => import('./pages/volunteer-status.page').then((m) => m.VolunteerStatusPage),
  },
  {
    path: 'frivillig/profil',
    title: title('wizard.title'),
    canActivate: [roleGuard('VOLUNTEER')],
    loadComponent: () => import('./pages/profile-wizard.page').then((m) => m.ProfileWizardPage),
  },
];
