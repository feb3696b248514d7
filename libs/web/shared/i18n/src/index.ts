export * from './lib/web-shared-i18n/web-shared-i18n';
