export * from './lib/partnership.routes';
