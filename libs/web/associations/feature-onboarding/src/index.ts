export * from './lib/onboarding.routes';
