import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchNotificationsService } from './match-notifications.service';
import { MatchFieldsLoader } from './match-fields.loader';
import {
  MatchFieldsResolver,
  MatchingRunFieldsResolver,
  UnmatchedParticipantFieldsResolver,
} from './match-fields.resolver';
import { MatchEntity, MatchingRunEntity } from './match.entity';
import { MatchesJobs } from './matches.jobs';
import { MatchesResolver } from './matches.resolver';
import { ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';
import { MATCH_RESPONSE_DAYS, MatchesService } from './matches.service';
import { MatchingRunsResolver } from './matching-runs.resolver';
import { WaitingListResolver } from './waiting-list.resolver';
import { WAITING_ALERT_DAYS, WaitingListService } from './waiting-list.service';

export const matchEntities = [MatchEntity, MatchingRunEntity];

@Module({})
export class MatchesModule {
  static forRoot(options: { responseDays: number; waitingAlertDays: number }): DynamicModule {
    return {
      module: MatchesModule,
      // Global: follow-up ends a match, and reads it, through MatchesService.
      global: true,
      imports: [TypeOrmModule.forFeature(matchEntities)],
      providers: [
        { provide: MATCH_RESPONSE_DAYS, useValue: options.responseDays },
        { provide: WAITING_ALERT_DAYS, useValue: options.waitingAlertDays },
        MatchesService,
        MatchesJobs,
        WaitingListService,
        WaitingListResolver,
        MatchesResolver,
        MatchNotificationsService,
        ReferralsService,
        ReferralsResolver,
        MatchFieldsLoader,
        MatchFieldsResolver,
        UnmatchedParticipantFieldsResolver,
        MatchingRunFieldsResolver,
        MatchingRunsResolver,
      ],
      exports: [MatchesService],
    };
  }
}
