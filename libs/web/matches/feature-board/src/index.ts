export * from './lib/match.routes';
