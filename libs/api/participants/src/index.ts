export * from './lib/participant.entity';
export * from './lib/participants.module';
