export * from './lib/volunteer-matches.routes';
