export * from './lib/participant.routes';
