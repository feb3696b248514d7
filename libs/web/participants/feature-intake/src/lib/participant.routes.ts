import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;
const coordinatorOnly = roleGuard('COORDINATOR');

/** The coordinator's participant pages: list and search, intake, one participant, editing. */
export const participantRoutes: Routes = [
  {
    path: 'koordinator/deltagere',
    title: title('coordination.participants.title'),
    canActivate: [coordinatorOnly],
    loadComponent: () => import('./pages/participant-list.page').then((m) => m.ParticipantListPage),
  },
  {
    path: 'koordinator/deltagere/ny',
    title: title('coordination.intake.title'),
    canActivate: [coordinatorOnly],
    loadComponent: () => import('./pages/participant-form.page').then((m) => m.ParticipantFormPage),
  },
  {
    path: 'koordinator/deltagere/:id',
    title: title('coordination.participant.title'),
    canActivate: [coordinatorOnly],
    loadComponent: () => import('./pages/participant.page').then((m) => m.ParticipantPage),
  },
  {
    path: 'koordinator/deltagere/:id/rediger',
    title: title('coordination.intake.editTitle'),
    canActivate: [coordinatorOnly],
    loadComponent: () => import('./pages/participant-form.page').then((m) => m.ParticipantFormPage),
  },
];
