import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;

/** The volunteer's meeting log of one of their matches. */
export const volunteerMeetingRoutes: Routes = [
  {
    path: 'frivillig/forloeb/:matchId',
    title: title('followUp.meetings.title'),
    canActivate: [roleGuard('VOLUNTEER')],
    loadComponent: () => import('./pages/meeting-log.page').then((m) => m.MeetingLogPage),
  },
];
