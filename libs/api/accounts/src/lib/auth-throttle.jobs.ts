import { Injectable, Logger } from '@nestjs/common';
import { Interval, Timeout } from '@nestjs/schedule';
import { scheduledRun } from '@brobygger/api/util';
import { AuthThrottle, PRUNE_EVERY_MS } from './auth-throttle';

/** Counters that no longer matter are pruned at start and every 10 minutes. */
@Injectable()
export class AuthThrottleJobs {
  private readonly logger = new Logger(AuthThrottleJobs.name);
  private readonly prune = scheduledRun(this.logger, 'Could not prune auth_throttle', () => this.throttle.prune());

  constructor(private readonly throttle: AuthThrottle) {}

  @Timeout('auth-throttle-prune-at-start', 0)
  atStart(): Promise<void> {
    return this.prune();
  }

  @Interval('auth-throttle-prune', PRUNE_EVERY_MS)
  periodically(): Promise<void> {
    return this.prune();
  }
}
