export * from './lib/embedded-postgres';
export * from './lib/database-connection';
export * from './lib/data-source-options';
export * from './lib/snake-naming.strategy';
export * from './lib/tenant-transaction';
export * from './lib/tenant.entity';
