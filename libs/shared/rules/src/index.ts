export * from './lib/accounts';
export * from './lib/enum-names';
export * from './lib/lists';
export * from './lib/matches';
export * from './lib/offers';
export * from './lib/people';
export * from './lib/volunteers';
