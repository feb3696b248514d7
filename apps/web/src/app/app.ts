import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SessionStore } from '@brobygger/web/accounts/data-access';
import { LayoutComponent } from '@brobygger/web/shared/ui';

@Component({
  selector: 'bb-root',
  imports: [RouterOutlet, LayoutComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bb-layout [signedInName]="signedInName()"><router-outlet /></bb-layout>`,
})
export class App {
  private readonly session = inject(SessionStore);

  /** Undefined until the session is known, so the header does not flash "Log ind" for a signed-in visitor. */
  protected readonly signedInName = computed(() =>
    this.session.loaded() ? (this.session.account()?.displayName ?? null) : undefined,
  );
}
