export * from './lib/follow-up.entity';
export * from './lib/follow-ups.service';
export * from './lib/follow-up.module';
export * from './lib/follow-ups.errors';
