export * from './lib/reason-words';
export * from './lib/reason-vocabulary';
export * from './lib/match-reasons.component';
