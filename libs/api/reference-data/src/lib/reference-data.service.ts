import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { ActivityEntity } from './activity.entity';
import { LanguageEntity } from './language.entity';
import { LocalityEntity } from './locality.entity';

@Injectable()
export class ReferenceDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The towns of the caller's municipality. */
  listLocalities(municipalityId: string | null): Promise<LocalityEntity[]> {
    return inTenantTransaction(this.dataSource, municipalityId, (manager) =>
      manager.find(LocalityEntity, { order: { name: 'ASC' } }),
    );
  }

  listActivities(): Promise<ActivityEntity[]> {
    return inTenantTransaction(this.dataSource, null, (manager) =>
      manager.find(ActivityEntity, { order: { category: 'ASC', nameDa: 'ASC' } }),
    );
  }

  listLanguages(): Promise<LanguageEntity[]> {
    return inTenantTransaction(this.dataSource, null, (manager) =>
      manager.find(LanguageEntity, { order: { nameEn: 'ASC' } }),
    );
  }
}
