export * from './lib/access.decorators';
export * from './lib/access.guard';
export * from './lib/request-context';
export * from './lib/domain-error';
export * from './lib/csv';
export * from './lib/ids';
export * from './lib/page';
export * from './lib/log-safety';
