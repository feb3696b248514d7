export * from './lib/referral.routes';
