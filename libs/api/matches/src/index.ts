export * from './lib/match.entity';
export * from './lib/matches.service';
export * from './lib/matches.module';
export * from './lib/matches.errors';
export { MatchKindModel, MatchStatusModel } from './lib/dto/match.models';
