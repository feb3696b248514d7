import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { I18nService, LANGUAGES, TranslatePipe, isLanguageCode } from '@brobygger/web/shared/i18n';

/** A labelled native <select>: keyboard and screen-reader friendly without extra code. */
@Component({
  selector: 'bb-language-switch',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="form-group language-switch">
      <label class="form-label" for="language-switch">{{ 'language.label' | t }}</label>
      <select
        id="language-switch"
        class="form-select"
        [value]="i18n.language()"
        (change)="choose($any($event.target).value)"
      >
        @for (language of languages; track language.code) {
          <option [value]="language.code" [attr.lang]="language.code" [selected]="language.code === i18n.language()">
            {{ language.name }}
          </option>
        }
      </select>
    </div>
  `,
  styles: `
    .language-switch {
      margin: 0;
      display: flex;
      align-items: center;
      gap: 0.8rem;
    }
    .language-switch .form-label {
      margin: 0;
    }
    .language-switch .form-select {
      margin: 0;
      min-width: 14.4rem;
    }
  `,
})
export class LanguageSwitchComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly languages = LANGUAGES;

  protected choose(code: string): void {
    if (isLanguageCode(code)) this.i18n.setLanguage(code);
  }
}
