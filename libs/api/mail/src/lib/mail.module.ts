import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailJobs } from './mail.jobs';
import { MAIL_OPTIONS, type MailOptions } from './mail.options';
import { MailService } from './mail.service';
import { OutboxEmailEntity } from './outbox-email.entity';

export const mailEntities = [MailOutboxEntity, OutboxEmailEntity];

@Module({})
export class MailModule {
  static forRoot(options: MailOptions): DynamicModule {
    return {
      module: MailModule,
      // Global: every domain sends its notifications through the one MailService.
      global: true,
      imports: [TypeOrmModule.forFeature(mailEntities)],
      providers: [{ provide: MAIL_OPTIONS, useValue: options }, MailService, MailJobs],
      exports: [MailService],
    };
  }
}
