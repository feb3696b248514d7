export * from './lib/association.entity';
export * from './lib/offer.entity';
export * from './lib/dto/catalogue.models';
export * from './lib/catalogue.service';
export * from './lib/associations.module';
