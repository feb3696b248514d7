export * from './lib/web-shared-ui/web-shared-ui';
