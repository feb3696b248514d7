import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SessionStore } from '@brobygger/web/accounts/data-access';
import { LayoutComponent, type NavigationLink } from '@brobygger/web/shared/ui';

@Component({
  selector: 'bb-root',
  imports: [RouterOutlet, LayoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bb-layout [signedInName]="signedInName()" [roleLinks]="roleLinks()"><router-outlet /></bb-layout>`,
})
export class App {
  private readonly session = inject(SessionStore);

  /** Undefined until the session is known, so the header does not flash "Log ind" for a signed-in visitor. */
  protected readonly signedInName = computed(() =>
    this.session.loaded() ? (this.session.account()?.displayName ?? null) : undefined,
  );

  /** Links to the pages each role works in; the guards and the API decide access anyway. */
  protected readonly roleLinks = computed<readonly NavigationLink[]>(() => {
    const roles = this.session.roles();
    const links: NavigationLink[] = [];
    if (roles.includes('VOLUNTEER')) links.push({ path: '/frivillig', label: 'header.volunteer' });
    if (roles.includes('VOLUNTEER')) links.push({ path: '/frivillig/forslag', label: 'matching.nav.proposals' });
    if (roles.includes('COORDINATOR')) links.push({ path: '/koordinator', label: 'coordination.nav.coordinator' });
    if (roles.includes('COORDINATOR')) links.push({ path: '/koordinator/opfoelgning', label: 'followUp.nav' });
    if (roles.includes('ASSOCIATION_REPRESENTATIVE')) links.push({ path: '/forening', label: 'header.association' });
    if (roles.includes('COORDINATOR') || roles.includes('ADMINISTRATOR')) {
      links.push({ path: '/koordinator/foreninger', label: 'associationInbox.nav.partnerships' });
    }
    if (roles.includes('ADMINISTRATOR')) links.push({ path: '/admin/brugere', label: 'onboarding.nav.admin' });
    return links;
  });
}
