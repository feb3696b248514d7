import type { Route } from '@angular/router';
import { accountRoutes } from '@brobygger/web/accounts/feature-auth';
import { adminRoutes } from '@brobygger/web/accounts/feature-admin';
import { associationRoutes } from '@brobygger/web/associations/feature-manage';
import { onboardingRoutes } from '@brobygger/web/associations/feature-onboarding';
import { partnershipRoutes } from '@brobygger/web/associations/feature-partnerships';
import { referralRoutes } from '@brobygger/web/associations/feature-referrals';
import { volunteerRoutes } from '@brobygger/web/volunteers/feature-signup';
import { volunteerMeetingRoutes } from '@brobygger/web/volunteers/feature-meetings';
import { followUpRoutes } from '@brobygger/web/follow-up/feature-check-ins';
import { volunteerMatchRoutes } from '@brobygger/web/volunteers/feature-matches';
import { coordinatorMatchRoutes } from '@brobygger/web/matches/feature-board';
import { coordinatorDashboardRoutes } from '@brobygger/web/participants/feature-dashboard';
import { participantRoutes } from '@brobygger/web/participants/feature-intake';
import { vettingRoutes } from '@brobygger/web/volunteers/feature-vetting';
import { fritidspasRoutes } from '@brobygger/web/fritidspas/feature-grants';
import { AccessibilityStatementComponent, NotFoundComponent } from '@brobygger/web/shared/ui';

/**
 * Each feature is a lazy-loaded library; the shell only wires them to paths. The account pages come
 * as a list of routes whose components load lazily, since their paths sit at the top level.
 */
export const appRoutes: Route[] = [
  { path: '', loadChildren: () => import('@brobygger/web/catalogue/feature-home').then((m) => m.homeRoutes) },
  ...accountRoutes,
  ...adminRoutes,
  ...referralRoutes,
  ...associationRoutes,
  ...partnershipRoutes,
  ...onboardingRoutes,
  ...volunteerRoutes,
  ...volunteerMeetingRoutes,
  ...followUpRoutes,
  ...volunteerMatchRoutes,
  ...coordinatorMatchRoutes,
  ...coordinatorDashboardRoutes,
  ...participantRoutes,
  ...vettingRoutes,
  ...fritidspasRoutes,
  { path: 'tilgaengelighedserklaering', title: 'accessibility.title', component: AccessibilityStatementComponent },
  { path: '**', title: 'notFound.title', component: NotFoundComponent },
];
