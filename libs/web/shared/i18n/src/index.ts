export * from './lib/i18n.service';
export * from './lib/translate.pipe';
export * from './lib/danish-format';
export type { TranslationKey } from './lib/translations/da';
