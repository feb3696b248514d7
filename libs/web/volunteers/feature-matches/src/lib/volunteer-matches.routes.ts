import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** The volunteer's proposals (accept or decline) and active matches. */
export const volunteerMatchRoutes: Routes = [
  {
    path: 'frivillig/forslag',
    title: title('matching.volunteer.title'),
    canActivate: [roleGuard('VOLUNTEER')],
    loadComponent: () => import('./pages/volunteer-matches.page').then((m) => m.VolunteerMatchesPage),
  },
];
