import type { Routes } from '@angular/router';
import { roleGuard } from '@brobygger/web/accounts/data-access';
import type { TranslationKey } from '@brobygger/web/shared/i18n';

const title = (key: TranslationKey): string => key;
const canManage = roleGuard('ASSOCIATION_REPRESENTATIVE', 'COORDINATOR');

/** The association representative's pages (coordinators may open them too; the API checks who manages what). */
export const associationRoutes: Routes = [
  {
    path: 'forening',
    title: title('manage.title'),
    canActivate: [canManage],
    loadComponent: () => import('./pages/association.page').then((m) => m.AssociationPage),
  },
  {
    path: 'forening/tilbud/nyt',
    title: title('offerForm.newTitle'),
    canActivate: [canManage],
    loadComponent: () => import('./pages/offer-form.page').then((m) => m.OfferFormPage),
  },
  {
    path: 'forening/tilbud/:id',
    title: title('offerForm.editTitle'),
    canActivate: [canManage],
    loadComponent: () => import('./pages/offer-form.page').then((m) => m.OfferFormPage),
  },
];
