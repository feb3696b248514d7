export * from './lib/municipality.entity';
export * from './lib/locality.entity';
export * from './lib/activity.entity';
export * from './lib/language.entity';
export * from './lib/dto/reference-data.models';
export * from './lib/reference-data.service';
export * from './lib/reference-data.module';
