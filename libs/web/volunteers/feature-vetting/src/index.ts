export * from './lib/vetting.routes';
