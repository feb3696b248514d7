import { Inject, Injectable } from '@nestjs/common';
import { SchedulerRegistry, Timeout } from '@nestjs/schedule';
import { MAIL_OPTIONS, type MailOptions } from './mail.options';
import { MailService } from './mail.service';

/**
 * The outbox poll: at start, then every `pollSeconds` (MAIL_POLL_SECONDS), for retries and whatever a
 * crash left behind. The period comes from the config, so the interval is registered at start rather
 * than by @Interval. A drain already running is shared, never doubled (MailService.drain).
 */
@Injectable()
export class MailJobs {
  constructor(
    private readonly mail: MailService,
    private readonly scheduler: SchedulerRegistry,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {}

  @Timeout('mail-outbox-at-start', 0)
  atStart(): void {
    this.mail.kick();
    this.scheduler.addInterval(
      'mail-outbox-poll',
      setInterval(() => this.mail.kick(), this.options.pollSeconds * 1000),
    );
  }
}
