export * from './lib/web-catalogue-feature-home/web-catalogue-feature-home';
