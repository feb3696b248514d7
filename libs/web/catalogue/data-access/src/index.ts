export * from './lib/web-catalogue-data-access/web-catalogue-data-access';
