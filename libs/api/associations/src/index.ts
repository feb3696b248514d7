export * from './lib/association.entity';
export * from './lib/offer.entity';
export * from './lib/association-representative.entity';
export * from './lib/cvr';
export * from './lib/offers.service';
export * from './lib/dto/catalogue.models';
export * from './lib/catalogue.service';
export * from './lib/associations.module';
