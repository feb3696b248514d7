import {
  CONSENT_PURPOSES,
  DANISH_LEVELS,
  GENDERS,
  LANGUAGE_LEVELS,
  MATCH_KINDS,
  MATCH_STATUSES,
  NEEDS,
} from '@brobygger/web/participants/data-access';
import type { I18nService } from '@brobygger/web/shared/i18n';
import { listValue } from '@brobygger/web/shared/util-forms';

interface NamedActivity {
  readonly key: string;
  readonly nameDa: string;
  readonly nameEn: string;
}

interface NamedLanguage {
  readonly code: string;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly nativeName: string;
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * The words for the API's vocabularies in the visitor's language. An unknown value (the API added
 * one the web does not know yet) is shown as it is rather than as an empty cell.
 */
export class ParticipantLabels {
  constructor(private readonly i18n: I18nService) {}

  gender(value: string | null | undefined): string {
    if (!value) return '';
    return isOneOf(GENDERS, value) ? this.i18n.t(`wizard.gender.${listValue(value)}`) : value;
  }

  level(value: string): string {
    return isOneOf(LANGUAGE_LEVELS, value) ? this.i18n.t(`wizard.level.${listValue(value)}`) : value;
  }

  danishLevel(value: string | null | undefined): string {
    if (!value) return '';
    return isOneOf(DANISH_LEVELS, value) ? this.i18n.t(`coordination.danishLevel.${listValue(value)}`) : value;
  }

  need(value: string): string {
    return isOneOf(NEEDS, value) ? this.i18n.t(`coordination.need.${listValue(value)}`) : value;
  }

  consent(value: string): string {
    return isOneOf(CONSENT_PURPOSES, value) ? this.i18n.t(`coordination.consent.${value}`) : value;
  }

  matchKind(value: string): string {
    return isOneOf(MATCH_KINDS, value) ? this.i18n.t(`coordination.matchKind.${value}`) : value;
  }

  matchStatus(value: string): string {
    return isOneOf(MATCH_STATUSES, value) ? this.i18n.t(`coordination.matchStatus.${value}`) : value;
  }

  activity(activity: NamedActivity): string {
    return this.i18n.language() === 'da' ? activity.nameDa : activity.nameEn;
  }

  activityByKey(key: string, activities: readonly NamedActivity[]): string {
    const activity = activities.find((a) => a.key === key);
    return activity ? this.activity(activity) : key;
  }

  language(language: NamedLanguage): string {
    const current = this.i18n.language();
    return current === 'da' ? language.nameDa : current === 'en' ? language.nameEn : language.nativeName;
  }

  languageByCode(code: string, languages: readonly NamedLanguage[]): string {
    const language = languages.find((l) => l.code === code);
    return language ? this.language(language) : code;
  }
}
