export * from './lib/volunteer.routes';
