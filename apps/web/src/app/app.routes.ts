import type { Route } from '@angular/router';
import { AccessibilityStatementComponent, NotFoundComponent } from '@brobygger/web/shared/ui';

/** Each feature is a lazy-loaded library; the shell only wires them to paths. */
export const appRoutes: Route[] = [
  { path: '', loadChildren: () => import('@brobygger/web/catalogue/feature-home').then((m) => m.homeRoutes) },
  { path: 'tilgaengelighedserklaering', component: AccessibilityStatementComponent },
  { path: '**', component: NotFoundComponent },
];
