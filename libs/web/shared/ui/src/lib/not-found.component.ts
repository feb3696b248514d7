import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@brobygger/web/shared/i18n';

@Component({
  selector: 'bb-not-found',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'notFound.title' | t }}</h1>
    <p>
      <a routerLink="/">{{ 'notFound.home' | t }}</a>
    </p>
  `,
})
export class NotFoundComponent {}
