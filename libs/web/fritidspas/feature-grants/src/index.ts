export * from './lib/fritidspas.routes';
