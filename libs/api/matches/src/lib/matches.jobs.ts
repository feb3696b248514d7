import { Injectable, Logger } from '@nestjs/common';
import { Interval, Timeout } from '@nestjs/schedule';
import { scheduledRun } from '@brobygger/api/util';
import { MatchesService } from './matches.service';

/** Overdue proposals expire at start and every 15 minutes; reminders go out from the first round on. */
@Injectable()
export class MatchesJobs {
  private readonly logger = new Logger(MatchesJobs.name);
  private readonly expiry = scheduledRun(this.logger, 'Expiring proposals failed', (remind: boolean) =>
    this.matches.expireAndRemindEverywhere(remind),
  );

  constructor(private readonly matches: MatchesService) {}

  // Reminders wait for the first 15-minute round: a deadline is a day away, and a start stays light.
  @Timeout('proposal-expiry-at-start', 0)
  atStart(): Promise<void> {
    return this.expiry(false);
  }

  @Interval('proposal-expiry', 15 * 60_000)
  everyQuarterHour(): Promise<void> {
    return this.expiry(true);
  }
}
