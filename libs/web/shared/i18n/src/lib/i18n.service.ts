import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { ar } from './translations/ar';
import { type TranslationKey, type Translations, da } from './translations/da';
import { en } from './translations/en';

export const LANGUAGES = [
  { code: 'da', name: 'Dansk', direction: 'ltr' },
  { code: 'en', name: 'English', direction: 'ltr' },
  { code: 'ar', name: 'العربية', direction: 'rtl' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const DICTIONARIES: Record<LanguageCode, Translations> = { da, en, ar };
const STORAGE_KEY = 'brobygger.language';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

/** Replaces `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The visitor's language: Danish by default, remembered in the browser, switched at run time. Sets
 * `lang` and `dir` on <html> so screen readers pronounce correctly and Arabic reads right-to-left.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<LanguageCode>(this.initialLanguage());

  readonly language = this.current.asReadonly();
  readonly direction = computed(() => LANGUAGES.find((l) => l.code === this.current())?.direction ?? 'ltr');

  constructor() {
    this.applyToDocument();
  }

  setLanguage(code: LanguageCode): void {
    this.current.set(code);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Private browsing may refuse storage; the switch still works for this visit.
    }
    this.applyToDocument();
  }

  /** Reading the language signal here makes every template that translates update on a switch. */
  t(key: TranslationKey, params?: Record<string, string | number>): string {
    return interpolate(DICTIONARIES[this.current()][key], params);
  }

  private initialLanguage(): LanguageCode {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      if (isLanguageCode(stored)) return stored;
    } catch {
      // fall through to Danish
    }
    return 'da';
  }

  private applyToDocument(): void {
    const html = this.document.documentElement;
    html.lang = this.current();
    html.dir = this.direction();
  }
}
