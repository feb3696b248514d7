export * from './lib/participant.entity';
export * from './lib/access-log-entry.entity';
export * from './lib/access-log.service';
export * from './lib/participants.service';
export * from './lib/participants.module';
export { looksSensitive } from './lib/participant-intake.rules';
export { DanishLevelModel, NeedModel } from './lib/dto/participant.models';
