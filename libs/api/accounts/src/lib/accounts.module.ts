import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountEntity, AccountRoleEntity } from './account.entity';
import { AccountTokenEntity } from './account-token.entity';
import { ACCOUNTS_OPTIONS, type AccountsOptions } from './accounts.options';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AuthThrottle } from './auth-throttle';
import { AuthThrottleJobs } from './auth-throttle.jobs';
import { SessionMiddleware } from './session.middleware';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { AuthThrottleEntity } from './auth-throttle.entity';

export const accountEntities = [
  AccountEntity,
  AccountRoleEntity,
  SessionEntity,
  AccountTokenEntity,
  AuthThrottleEntity,
];

@Module({})
export class AccountsModule implements NestModule {
  static forRoot(options: AccountsOptions): DynamicModule {
    return {
      module: AccountsModule,
      // Global: every domain reads the signed-in account through AccountsService and SessionsService.
      global: true,
      imports: [TypeOrmModule.forFeature(accountEntities)],
      providers: [
        { provide: ACCOUNTS_OPTIONS, useValue: options },
        SessionsService,
        AuthThrottle,
        AuthThrottleJobs,
        AccountsService,
        AccountsResolver,
        SessionMiddleware,
      ],
      exports: [AccountsService, SessionsService, AuthThrottle],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
