import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@brobygger/web/shared/i18n';

/** Required on every Danish public-sector site (webtilgængelighedsloven). */
@Component({
  selector: 'bb-accessibility-statement',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'accessibility.title' | t }}</h1>
    <p>{{ 'accessibility.body' | t }}</p>
    <p>{{ 'accessibility.contact' | t }}</p>
  `,
})
export class AccessibilityStatementComponent {}
