import { TestBed } from '@angular/core/testing';
import { I18nService, interpolate } from './i18n.service';
import { ar } from './translations/ar';
import { da } from './translations/da';
import { en } from './translations/en';

describe('I18nService', () => {
  beforeEach(() => localStorage.clear());

  it('starts in Danish and sets lang and dir on <html>', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.language()).toBe('da');
    expect(i18n.t('footer.accessibility')).toBe('Tilgængelighedserklæring');
    expect(document.documentElement.lang).toBe('da');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('switches language, reads Arabic right-to-left and remembers the choice', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(i18n.t('home.retry')).toBe(ar['home.retry']);
    i18n.setLanguage('en');
    expect(i18n.t('home.retry')).toBe('Try again');
    expect(localStorage.getItem('brobygger.language')).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Ages {min}–{max}', { min: 7, max: 12 })).toBe('Ages 7–12');
    expect(interpolate('{count} places', {})).toBe('{count} places');
  });

  it('has a non-empty text for every key in every language', () => {
    for (const dictionary of [da, en, ar]) {
      for (const key of Object.keys(da) as (keyof typeof da)[]) {
        expect(dictionary[key].trim()).not.toBe('');
      }
    }
  });
});
