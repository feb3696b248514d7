import type { ReasonVocabulary } from './reason-words';

export interface LanguageNames {
  readonly code: string;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly nativeName: string;
}

export interface ActivityNames {
  readonly key: string;
  readonly nameDa: string;
  readonly nameEn: string;
}

/** "Arabisk" → "arabisk": inside a sentence Danish writes languages and activities in lower case. */
function lowerFirst(word: string): string {
  return word.charAt(0).toLocaleLowerCase('da-DK') + word.slice(1);
}

/**
 * Language and activity names from the reference data, as the site names them elsewhere: Danish and
 * English names, the language's own name in Arabic (activities in English there, as in the catalogue).
 */
export function reasonVocabulary(
  language: 'da' | 'en' | 'ar',
  languages: readonly LanguageNames[],
  activities: readonly ActivityNames[],
): ReasonVocabulary {
  const languageNames = new Map(
    languages.map((l) => [
      l.code,
      language === 'da' ? lowerFirst(l.nameDa) : language === 'en' ? l.nameEn : l.nativeName,
    ]),
  );
  const activityNames = new Map(activities.map((a) => [a.key, lowerFirst(language === 'da' ? a.nameDa : a.nameEn)]));
  return {
    languageName: (code) => languageNames.get(code) ?? code,
    activityName: (key) => activityNames.get(key) ?? key,
  };
}
