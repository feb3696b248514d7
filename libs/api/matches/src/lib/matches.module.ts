import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FritidspasBudgetEntity, FritidspasGrantEntity } from './fritidspas.entity';
import { FritidspasResolver } from './fritidspas.resolver';
import { FritidspasService } from './fritidspas.service';
import { FollowUpEntity, MeetingLogEntryEntity } from './follow-up.entity';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { MatchNotificationsService } from './match-notifications.service';
import { MatchFieldsLoader } from './match-fields.loader';
import {
  MatchFieldsResolver,
  MatchingRunFieldsResolver,
  UnmatchedParticipantFieldsResolver,
} from './match-fields.resolver';
import { MatchEntity, MatchingRunEntity } from './match.entity';
import { MatchesResolver } from './matches.resolver';
import { ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';
import { MATCH_RESPONSE_DAYS, MatchesService } from './matches.service';
import { MatchingRunsResolver } from './matching-runs.resolver';
import { WaitingListResolver } from './waiting-list.resolver';
import { WAITING_ALERT_DAYS, WaitingListService } from './waiting-list.service';

export const matchEntities = [
  MatchEntity,
  MatchingRunEntity,
  FritidspasBudgetEntity,
  FritidspasGrantEntity,
  FollowUpEntity,
  MeetingLogEntryEntity,
];

@Module({})
export class MatchesModule {
  static forRoot(options: { responseDays: number; waitingAlertDays: number }): DynamicModule {
    return {
      module: MatchesModule,
      imports: [TypeOrmModule.forFeature(matchEntities)],
      providers: [
        { provide: MATCH_RESPONSE_DAYS, useValue: options.responseDays },
        { provide: WAITING_ALERT_DAYS, useValue: options.waitingAlertDays },
        MatchesService,
        WaitingListService,
        WaitingListResolver,
        MatchesResolver,
        FritidspasService,
        FritidspasResolver,
        MatchNotificationsService,
        FollowUpsService,
        FollowUpsResolver,
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
