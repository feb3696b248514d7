export * from './lib/match.entity';
export * from './lib/matches.service';
export * from './lib/matches.module';
export * from './lib/follow-up.entity';
export * from './lib/follow-ups.service';
export * from './lib/matches.errors';
export * from './lib/follow-ups.errors';
export * from './lib/fritidspas.errors';
