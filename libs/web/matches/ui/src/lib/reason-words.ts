import type { TranslationKey } from '@brobygger/web/shared/i18n';

/** A reason as the API sends it: a key, and its parameters as a JSON object in a string. */
export interface ReasonFromApi {
  readonly key: string;
  readonly params: string;
}

export type Translate = (key: TranslationKey, params?: Record<string, string | number>) => string;

/** Names for the codes a reason may carry, in the reader's language. */
export interface ReasonVocabulary {
  /** `ar` → "arabisk"; an unknown code comes back as it is. */
  languageName(code: string): string;
  /** `football` → "fodbold"; an unknown key comes back as it is. */
  activityName(key: string): string;
}

type Params = Record<string, string | number>;

/** The parameters of a reason; anything unreadable counts as none (the sentence then falls back). */
export function reasonParams(json: string): Params {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, string | number] =>
        ['string', 'number'].includes(typeof entry[1]),
      ),
    );
  } catch {
    return {};
  }
}

const decimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
const score = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** 2,1 — numbers are written the Danish way in every language, as dates are. */
export function formatDanishNumber(value: number, kind: 'km' | 'score' = 'km'): string {
  return (kind === 'km' ? decimal : score).format(value);
}

const LEVELS = ['native', 'fluent', 'conversational', 'basic'] as const;
const CONSTRAINTS = [
  'capacity',
  'mustNot',
  'language',
  'distance',
  'preferredGender',
  'womenOnly',
  'ageRange',
  'childCertificate',
  'availability',
] as const;

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Why the engine proposed a pair, as a sentence in the reader's language ("Taler begge arabisk
 * (flydende)", "2,1 km", "Har ventet 41 dage"). A key or parameter this version does not know gives
 * a general sentence — never the raw key.
 */
export function describeReason(reason: ReasonFromApi, t: Translate, vocabulary: ReasonVocabulary): string {
  const p = reasonParams(reason.params);
  switch (reason.key) {
    case 'distance':
      if (!isNumber(p['km'])) break;
      return p['km'] === 0
        ? t('matching.reason.sameTown')
        : t('matching.reason.distance', { km: formatDanishNumber(p['km']) });
    case 'sharedLanguage':
      if (typeof p['code'] !== 'string') break;
      return isOneOf(LEVELS, p['level'])
        ? t('matching.reason.sharedLanguage', {
            language: vocabulary.languageName(p['code']),
            level: t(`matching.level.${p['level']}`),
          })
        : t('matching.reason.sharedLanguageNoLevel', { language: vocabulary.languageName(p['code']) });
    case 'interpreter':
      return t('matching.reason.interpreter');
    case 'sharedInterest':
      if (typeof p['interest'] !== 'string') break;
      return t('matching.reason.sharedInterest', { interest: vocabulary.activityName(p['interest']) });
    case 'ageGroup': {
      const { age, min, max } = p;
      if (!isNumber(age)) break;
      if (isNumber(min) && isNumber(max)) return t('matching.reason.ageRange', { age, min, max });
      if (isNumber(min)) return t('matching.reason.ageFrom', { age, min });
      if (isNumber(max)) return t('matching.reason.ageTo', { age, max });
      break;
    }
    case 'waited':
      if (!isNumber(p['days'])) break;
      return p['days'] === 1 ? t('matching.reason.waitedOneDay') : t('matching.reason.waited', { days: p['days'] });
    case 'locked':
      return t('matching.reason.locked');
    case 'providedScore':
      if (!isNumber(p['score'])) break;
      return t('matching.reason.providedScore', { score: formatDanishNumber(p['score'], 'score') });
  }
  return t('matching.reason.other');
}

/** Why nobody was proposed for a participant, as a sentence; unknown keys give a general one. */
export function describeUnmatched(reason: ReasonFromApi, t: Translate): string {
  const p = reasonParams(reason.params);
  switch (reason.key) {
    case 'noCandidate': {
      const { constraint, excluded, considered } = p;
      if (!isOneOf(CONSTRAINTS, constraint) || !isNumber(excluded) || !isNumber(considered)) break;
      return t('matching.unmatched.noCandidate', {
        rule: t(`matching.constraint.${constraint}`),
        excluded,
        considered,
      });
    }
    case 'noCandidatePairs':
      return t('matching.unmatched.noCandidatePairs');
    case 'noProviders':
      return t('matching.unmatched.noProviders');
    case 'noPositiveScore':
      if (!isNumber(p['candidates'])) break;
      return t('matching.unmatched.noPositiveScore', { candidates: p['candidates'] });
    case 'capacityTaken':
      if (!isNumber(p['candidates'])) break;
      return t('matching.unmatched.capacityTaken', { candidates: p['candidates'] });
  }
  return t('matching.unmatched.other');
}
