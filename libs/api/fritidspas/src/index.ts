export * from './lib/fritidspas.entity';
export * from './lib/fritidspas.service';
export * from './lib/fritidspas.module';
export * from './lib/fritidspas.errors';
