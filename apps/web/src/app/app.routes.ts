import type { Route } from '@angular/router';

/** Each feature is a lazy-loaded library; the shell only wires them to paths. */
export const appRoutes: Route[] = [
  { path: '', loadChildren: () => import('@brobygger/web/catalogue/feature-home').then((m) => m.homeRoutes) },
  {
    path: 'tilgaengelighedserklaering',
    loadComponent: () => import('@brobygger/web/shared/ui').then((m) => m.AccessibilityStatementComponent),
  },
  { path: '**', loadComponent: () => import('@brobygger/web/shared/ui').then((m) => m.NotFoundComponent) },
];
