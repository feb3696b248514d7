import { TestBed } from '@angular/core/testing';
import { I18nService } from '@brobygger/web/shared/i18n';
import { reasonVocabulary } from './reason-vocabulary';
import { type Translate, describeReason, describeUnmatched, formatDanishNumber, reasonParams } from './reason-words';

const LANGUAGES = [
  { code: 'ar', nameDa: 'Arabisk', nameEn: 'Arabic', nativeName: 'العربية' },
  { code: 'da', nameDa: 'Dansk', nameEn: 'Danish', nativeName: 'Dansk' },
];
const ACTIVITIES = [{ key: 'football', nameDa: 'Fodbold', nameEn: 'Football' }];

describe('reasons in words', () => {
  let i18n: I18nService;
  let t: Translate;

  beforeEach(() => {
    localStorage.clear();
    i18n = TestBed.inject(I18nService);
    i18n.setLanguage('da');
    t = i18n.t.bind(i18n);
  });

  const da = () => reasonVocabulary('da', LANGUAGES, ACTIVITIES);
  const reason = (key: string, params: Record<string, unknown> = {}) => ({ key, params: JSON.stringify(params) });

  it('says what every engine reason means, with Danish numbers and names from the reference data', () => {
    expect(describeReason(reason('distance', { km: 2.1 }), t, da())).toBe('2,1 km fra hinanden');
    expect(describeReason(reason('distance', { km: 0 }), t, da())).toBe('Bor i samme by');
    expect(describeReason(reason('sharedLanguage', { code: 'ar', level: 'fluent' }), t, da())).toBe(
      'Taler begge arabisk (flydende)',
    );
    expect(describeReason(reason('interpreter'), t, da())).toBe('Der skal bruges tolk');
    expect(describeReason(reason('sharedInterest', { interest: 'football' }), t, da())).toBe(
      'Begge interesserer sig for fodbold',
    );
    expect(describeReason(reason('ageGroup', { age: 12, min: 10, max: 14 }), t, da())).toBe(
      '12 år – tilbuddet er for 10–14 år',
    );
    expect(describeReason(reason('ageGroup', { age: 30, min: 18 }), t, da())).toBe('30 år – tilbuddet er fra 18 år');
    expect(describeReason(reason('ageGroup', { age: 9, max: 12 }), t, da())).toBe('9 år – tilbuddet er op til 12 år');
    expect(describeReason(reason('waited', { days: 41 }), t, da())).toBe('Har ventet 41 dage');
    expect(describeReason(reason('waited', { days: 1 }), t, da())).toBe('Har ventet 1 dag');
    expect(describeReason(reason('locked'), t, da())).toBe('Låst af en koordinator');
    expect(describeReason(reason('providedScore', { score: 57.25 }), t, da())).toBe('Fastsat score 57,25');
  });

  it('keeps a code it has no name for, rather than dropping it', () => {
    expect(describeReason(reason('sharedLanguage', { code: 'xx', level: 'basic' }), t, da())).toBe(
      'Taler begge xx (lidt)',
    );
    expect(describeReason(reason('sharedLanguage', { code: 'da', level: 'weird' }), t, da())).toBe('Taler begge dansk');
  });

  it('never shows a raw key: unknown keys and broken params give a general sentence', () => {
    for (const unknown of [
      reason('sunshine', { hours: 3 }),
      reason('distance', { km: 'far' }),
      reason('ageGroup', {}),
      { key: 'waited', params: 'not json' },
      { key: 'waited', params: '[1,2]' },
    ]) {
      const sentence = describeReason(unknown, t, da());
      expect(sentence).toBe('Et andet forhold taler for forslaget');
      expect(sentence).not.toContain(unknown.key);
    }
  });

  it('follows the language: English names in English, the language’s own name in Arabic', () => {
    i18n.setLanguage('en');
    const en = reasonVocabulary('en', LANGUAGES, ACTIVITIES);
    expect(describeReason(reason('sharedLanguage', { code: 'ar', level: 'native' }), t, en)).toBe(
      'Both speak Arabic (mother tongue)',
    );
    expect(describeReason(reason('sharedInterest', { interest: 'football' }), t, en)).toBe(
      'Both are interested in football',
    );
    expect(describeReason(reason('distance', { km: 12.5 }), t, en)).toBe('12,5 km apart');
    i18n.setLanguage('ar');
    const ar = reasonVocabulary('ar', LANGUAGES, ACTIVITIES);
    expect(describeReason(reason('sharedLanguage', { code: 'ar', level: 'native' }), t, ar)).toBe(
      'كلاهما يتحدث العربية (اللغة الأم)',
    );
  });

  it('explains why someone was not matched, by the rule that excluded most', () => {
    expect(describeUnmatched(reason('noCandidate', { constraint: 'language', excluded: 3, considered: 4 }), t)).toBe(
      'Ingen passede, oftest fordi ingen taler et fælles sprog (3 af 4 mulige)',
    );
    expect(describeUnmatched(reason('capacityTaken', { candidates: 2 }), t)).toBe(
      'De 2 mulige pladser gik til andre, der passede bedre',
    );
    expect(describeUnmatched(reason('noPositiveScore', { candidates: 5 }), t)).toBe(
      '5 mulige, men ingen fik en score over 0 med de valgte vægte',
    );
    expect(describeUnmatched(reason('noProviders'), t)).toBe(
      'Der er ingen ledige frivillige eller tilbud af denne slags lige nu',
    );
    expect(describeUnmatched(reason('noCandidatePairs'), t)).toBe('Der var ingen mulige par for denne person');
    expect(describeUnmatched(reason('noCandidate', { constraint: 'moonPhase', excluded: 1, considered: 1 }), t)).toBe(
      'Kunne ikke matches denne gang',
    );
    expect(describeUnmatched(reason('somethingNew'), t)).toBe('Kunne ikke matches denne gang');
  });

  it('reads params defensively and writes numbers the Danish way', () => {
    expect(reasonParams('{"km":1.5,"code":"ar","nested":{"x":1}}')).toEqual({ km: 1.5, code: 'ar' });
    expect(reasonParams('null')).toEqual({});
    expect(formatDanishNumber(1234.56)).toBe('1.234,6');
    expect(formatDanishNumber(74.35, 'score')).toBe('74,35');
  });
});
