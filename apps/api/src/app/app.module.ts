import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ScheduleModule } from '@nestjs/schedule';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import type { DataSource } from 'typeorm';
import { AccountsModule } from '@brobygger/api/accounts';
import { AssociationsModule } from '@brobygger/api/associations';
import { MailModule } from '@brobygger/api/mail';
import { FollowUpModule } from '@brobygger/api/follow-up';
import { FritidspasModule } from '@brobygger/api/fritidspas';
import { MatchesModule } from '@brobygger/api/matches';
import type { DatabaseKind } from '@brobygger/api/database';
import { ParticipantsModule } from '@brobygger/api/participants';
import { ReferenceDataModule } from '@brobygger/api/reference-data';
import {
  AccessGuard,
  createValidationPipe,
  PERSONAL_LOG_REDACTIONS,
  type RequestWithContext,
  requestContextOf,
  safeError,
  safeUrl,
} from '@brobygger/api/util';
import { VolunteersModule } from '@brobygger/api/volunteers';
import { type AppConfig, sessionCookieSecure } from '../config/app-config';
import { DATABASE_KIND } from '../health/database-kind';
import { HealthController } from '../health/health.controller';
import { ErrorReasons } from './error-reasons';
import { formatGraphqlError, GraphqlErrorFilter, MAX_TOKENS } from './graphql-error.filter';
import { inputGuardPlugin } from './input-guard.plugin';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's own request id is kept (so logs join up across services); otherwise a new one. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** pino-http's options, with a destination stream when one is given (a stream excludes a transport). */
function withDestination(
  options: PinoHttpOptions,
  destination: NodeJS.WritableStream | undefined,
): PinoHttpOptions | [PinoHttpOptions, DestinationStream] {
  return destination ? [options, destination as DestinationStream] : options;
}

export interface AppModuleOptions {
  config: AppConfig;
  /** Already initialised and migrated: the one data source of the process. */
  dataSource: DataSource;
  databaseKind: DatabaseKind;
  /** Write the SDL here (the schema generator); otherwise the schema is built in memory. */
  schemaFile?: string;
  /** Where log lines go, as JSON (tests read them); default standard output. */
  logDestination?: NodeJS.WritableStream;
}

@Module({})
export class AppModule {
  static forRoot({ config, dataSource, databaseKind, schemaFile, logDestination }: AppModuleOptions): DynamicModule {
    // Depth, cost, alias and token limits: a hostile query is refused before it costs anything.
    const armor = new ApolloArmor({
      // Deep enough for the standard introspection query (about 13), and for every real query.
      maxDepth: { n: 15, ignoreIntrospection: false },
      maxAliases: { n: 15 },
      costLimit: { maxCost: 5000 },
      maxDirectives: { n: 30 },
      // Counted by graphql-js's parser instead (parseOptions below): armor's token check throws from
      // a plugin hook, which Apollo answers with a 500.
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: config.production },
    }).protect();
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: withDestination(
            {
              level: config.logLevel,
              genReqId: (req, res) => {
                const id = requestIdFor(req);
                res.setHeader('x-request-id', id);
                return id;
              },
              autoLogging: { ignore: (req) => req.url === '/health' },
              // No personal data in logs: errors by kind and SQL without parameters, URLs without
              // their query (links carry tokens), no headers, and known personal fields redacted.
              // Ours see the raw objects (pino-http would otherwise hand them pino's serialised copies).
              wrapSerializers: false,
              serializers: {
                err: safeError,
                req: (req: IncomingMessage & { id?: unknown }) => ({
                  id: req.id,
                  method: req.method,
                  url: safeUrl(req.url),
                }),
                res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
              },
              redact: { paths: PERSONAL_LOG_REDACTIONS, censor: '[redacted]' },
              ...(config.production || logDestination
                ? {}
                : { transport: { target: 'pino-pretty', options: { singleLine: true } } }),
            },
            logDestination,
          ),
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSource.options }),
          dataSourceFactory: async () => dataSource,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: schemaFile ?? true,
          sortSchema: true,
          // Not returned by any field: puts the error reason enums in the schema for clients.
          buildSchemaOptions: { orphanedTypes: [ErrorReasons] },
          introspection: !config.production,
          playground: false,
          csrfPrevention: true,
          plugins: [...armor.plugins, inputGuardPlugin()],
          validationRules: armor.validationRules,
          parseOptions: { maxTokens: MAX_TOKENS },
          formatError: formatGraphqlError,
          allowBatchedHttpRequests: false,
          // @ResolveField handlers declare @Roles too: the AccessGuard enforces them, and the error
          // filter gives their refusals the same extensions.code as a root field's.
          fieldResolverEnhancers: ['guards', 'filters'],
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: IncomingMessage & RequestWithContext; res: unknown }) => ({
            req,
            res,
            context: requestContextOf(req),
          }),
        }),
        TerminusModule,
        // The domains' *.jobs.ts: registered here, and not at all when scheduledJobs is off (tests).
        ScheduleModule.forRoot({
          cronJobs: config.scheduledJobs,
          intervals: config.scheduledJobs,
          timeouts: config.scheduledJobs,
        }),
        MailModule.forRoot({
          publicUrl: config.publicUrl,
          smtpUrl: config.smtpUrl,
          mailFrom: config.mailFrom,
          demoOutbox: config.demoData,
          pollSeconds: config.mailPollSeconds,
        }),
        AccountsModule.forRoot({
          secureCookies: sessionCookieSecure(config),
          sessionIdleMinutes: config.sessionIdleMinutes,
          sessionAbsoluteHours: config.sessionAbsoluteHours,
          invitationDays: config.invitationDays,
          defaultMunicipalityCode: config.defaultMunicipalityCode,
        }),
        ReferenceDataModule,
        MatchesModule.forRoot({ responseDays: config.matchResponseDays, waitingAlertDays: config.waitingAlertDays }),
        FritidspasModule,
        FollowUpModule,
        AssociationsModule,
        VolunteersModule.forRoot({ childCertificateRenewalMonths: config.childCertificateRenewalMonths }),
        ParticipantsModule.forRoot({ accessLogRetentionMonths: config.accessLogRetentionMonths }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: DATABASE_KIND, useValue: databaseKind },
      ],
    };
  }
}
