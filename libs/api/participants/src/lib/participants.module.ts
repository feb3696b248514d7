import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogEntryEntity } from './access-log-entry.entity';
import { AccessLogJobs } from './access-log.jobs';
import { ACCESS_LOG_RETENTION_MONTHS, AccessLogService } from './access-log.service';
import { ParticipantEntity } from './participant.entity';
import { ParticipantsResolver } from './participants.resolver';
import { ParticipantsService } from './participants.service';

export const participantEntities = [ParticipantEntity, AccessLogEntryEntity];

@Module({})
export class ParticipantsModule {
  static forRoot(options: { accessLogRetentionMonths: number }): DynamicModule {
    return {
      module: ParticipantsModule,
      // Every feature that touches participant data logs it through AccessLogService.
      global: true,
      imports: [TypeOrmModule.forFeature(participantEntities)],
      providers: [
        { provide: ACCESS_LOG_RETENTION_MONTHS, useValue: options.accessLogRetentionMonths },
        AccessLogService,
        AccessLogJobs,
        ParticipantsService,
        ParticipantsResolver,
      ],
      exports: [AccessLogService, ParticipantsService],
    };
  }
}
