import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService, type TranslationKey } from '@brobygger/web/shared/i18n';

/**
 * Route `title`s are translation keys. Each page gets "<page> – Brobygger" in the visitor's language
 * (WCAG 2.4.2), and the title follows a language switch.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly pageKey = signal<TranslationKey | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.pageKey();
      const appName = this.i18n.t('app.name');
      // Pages without a title of their own (the front page) keep the one from index.html, translated.
      this.title.setTitle(
        `${key ? this.i18n.t(key) : appName} – ${key ? appName : this.i18n.t('footer.municipality')}`,
      );
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set((this.buildTitle(snapshot) as TranslationKey | undefined) ?? null);
  }
}
