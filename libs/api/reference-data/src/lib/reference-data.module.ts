import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityEntity } from './activity.entity';
import { LanguageEntity } from './language.entity';
import { LocalityEntity } from './locality.entity';
import { MunicipalityEntity } from './municipality.entity';
import { ReferenceDataResolver } from './reference-data.resolver';
import { ReferenceDataService } from './reference-data.service';

export const referenceDataEntities = [MunicipalityEntity, LocalityEntity, ActivityEntity, LanguageEntity];

@Module({
  imports: [TypeOrmModule.forFeature(referenceDataEntities)],
  providers: [ReferenceDataService, ReferenceDataResolver],
  exports: [ReferenceDataService],
})
export class ReferenceDataModule {}
