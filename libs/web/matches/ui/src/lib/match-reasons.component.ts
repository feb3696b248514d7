import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService } from '@brobygger/web/shared/i18n';
import { type ReasonFromApi, type ReasonVocabulary, describeReason } from './reason-words';

/** The reasons behind a proposal, one sentence each, in the reader's language. */
@Component({
  selector: 'bb-match-reasons',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sentences().length > 0) {
      <ul class="match-reasons" [attr.aria-label]="label() || null">
        @for (sentence of sentences(); track $index) {
          <li>{{ sentence }}</li>
        }
      </ul>
    }
  `,
  styles: `
    .match-reasons {
      margin-block: 0.4rem;
      padding-inline-start: 2rem;
    }
  `,
})
export class MatchReasonsComponent {
  private readonly i18n = inject(I18nService);

  readonly reasons = input.required<readonly ReasonFromApi[]>();
  readonly vocabulary = input.required<ReasonVocabulary>();
  /** An accessible name for the list, e.g. "Derfor foreslår vi det". */
  readonly label = input('');

  protected readonly sentences = computed(() => {
    // Reading the language makes the sentences follow a language switch.
    this.i18n.language();
    const t = this.i18n.t.bind(this.i18n);
    return this.reasons().map((reason) => describeReason(reason, t, this.vocabulary()));
  });
}
