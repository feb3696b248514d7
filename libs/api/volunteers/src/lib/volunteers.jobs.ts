import { Injectable, Logger } from '@nestjs/common';
import { Interval, Timeout } from '@nestjs/schedule';
import { scheduledRun } from '@brobygger/api/util';
import { VolunteersService } from './volunteers.service';

const MINUTE = 60_000;

/** Child-certificate renewals are checked every hour, the first time 5 minutes after start (a start stays light). */
@Injectable()
export class VolunteersJobs {
  private readonly logger = new Logger(VolunteersJobs.name);
  private readonly renewals = scheduledRun(this.logger, 'Child-certificate reminders failed', () =>
    this.volunteers.remindChildCertificateRenewalsEverywhere(),
  );

  constructor(private readonly volunteers: VolunteersService) {}

  @Timeout('child-certificate-reminders-after-start', 5 * MINUTE)
  afterStart(): Promise<void> {
    return this.renewals();
  }

  @Interval('child-certificate-reminders', 60 * MINUTE)
  hourly(): Promise<void> {
    return this.renewals();
  }
}
