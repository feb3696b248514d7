import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;
const coordinatorOnly = roleGuard('COORDINATOR');

/** The coordinator's matching board and the list of matches with their lifecycle actions. */
export const coordinatorMatchRoutes: Routes = [
  {
    path: 'koordinator/matchning',
    title: title('matching.board.title'),
    canActivate: [coordinatorOnly],
    loadComponent: () => import('./pages/matching-board.page').then((m) => m.MatchingBoardPage),
  },
  {
    path: 'koordinator/forloeb',
    title: title('matching.list.title'),
    canActivate: [coordinatorOnly],
    loadComponent: () => import('./pages/matches-list.page').then((m) => m.MatchesListPage),
  },
];
