export * from './lib/volunteer.entity';
export * from './lib/volunteers.module';
