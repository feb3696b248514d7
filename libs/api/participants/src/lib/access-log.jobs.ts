import { Injectable, Logger } from '@nestjs/common';
import { Interval, Timeout } from '@nestjs/schedule';
import { scheduledRun } from '@brobygger/api/util';
import { AccessLogService } from './access-log.service';

const HOUR = 3_600_000;

/** Access log retention: at start and every hour. */
@Injectable()
export class AccessLogJobs {
  private readonly logger = new Logger(AccessLogJobs.name);
  private readonly retention = scheduledRun(this.logger, 'Access log retention failed', async () => {
    const count = await this.accessLog.deleteExpired();
    if (count > 0) this.logger.log(`Deleted ${count} access log entries past retention`);
  });

  constructor(private readonly accessLog: AccessLogService) {}

  @Timeout('access-log-retention-at-start', 0)
  atStart(): Promise<void> {
    return this.retention();
  }

  @Interval('access-log-retention', HOUR)
  hourly(): Promise<void> {
    return this.retention();
  }
}
