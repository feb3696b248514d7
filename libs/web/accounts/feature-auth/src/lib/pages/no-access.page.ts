import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@brobygger/web/shared/i18n';

/** Where a signed-in account lands when a page needs a role it does not have. */
@Component({
  selector: 'bb-no-access-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'noAccess.title' | t }}</h1>
    <p>{{ 'noAccess.body' | t }}</p>
    <p>
      <a routerLink="/min-side">{{ 'noAccess.myPage' | t }}</a>
    </p>
  `,
})
export class NoAccessPage {}
