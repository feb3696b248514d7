import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ActivityEntity } from './activity.entity';
import { LanguageEntity } from './language.entity';
import { LocalityEntity } from './locality.entity';

@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectRepository(LocalityEntity) private readonly localities: Repository<LocalityEntity>,
    @InjectRepository(ActivityEntity) private readonly activities: Repository<ActivityEntity>,
    @InjectRepository(LanguageEntity) private readonly languages: Repository<LanguageEntity>,
  ) {}

  listLocalities(): Promise<LocalityEntity[]> {
    return this.localities.find({ order: { name: 'ASC' } });
  }

  listActivities(): Promise<ActivityEntity[]> {
    return this.activities.find({ order: { category: 'ASC', nameDa: 'ASC' } });
  }

  listLanguages(): Promise<LanguageEntity[]> {
    return this.languages.find({ order: { nameEn: 'ASC' } });
  }
}
