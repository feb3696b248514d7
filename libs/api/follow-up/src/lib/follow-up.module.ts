import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FollowUpEntity, MeetingLogEntryEntity } from './follow-up.entity';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';

export const followUpEntities = [FollowUpEntity, MeetingLogEntryEntity];

/** Needs MatchesModule (MatchesService) imported by the app: a match's follow-up ends it through that service. */
@Module({
  imports: [TypeOrmModule.forFeature(followUpEntities)],
  providers: [FollowUpsService, FollowUpsResolver],
  exports: [FollowUpsService],
})
export class FollowUpModule {}
