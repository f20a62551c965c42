import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitOfWorkModule } from './common/database/unit-of-work';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccountsModule } from './accounts/accounts.module';
import { ActionModule } from './action/action.module';
import { AuditModule } from './audit/audit.module';
import { CalendarModule } from './calendar/calendar.module';
import { InvitationModule } from './invitation/invitation.module';
import { NotificationModule } from './notification/notification.module';
import { ActorService } from './identity/actor.service';
import { AuthModule } from './auth/auth.module';
import { ChangesModule } from './changes/changes.module';
import { EventsModule } from './events/events.module';
import { VersionGuard } from './common/database/version-guard';
import { formatErrors } from './common/errors/error-formatter';
import { readPlainFieldsDirectly } from './common/graphql/plain-fields';
import { strictDateTime } from './common/graphql/scalars';
import { maskSubscriptionErrors, type SendingSocket } from './common/hardening/subscription-errors';
import { graphqlHardening } from './common/hardening/graphql-hardening';
import { SharedRateLimiter } from './common/rate-limits/rate-limiter';
import { LoadersFactory } from './loaders/loaders.factory';
import { LoadersModule } from './loaders/loaders.module';
import { contextFor, type RequestContext } from './loaders/request-context';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { DashboardModule } from './dashboard/dashboard.module';
import { HealthModule } from './health/health.module';
import { createLogger, logSettings, type LogSettings } from './observability/logging';
import { ObservabilityModule } from './observability/observability.module';
import { MatterModule } from './matter/matter.module';
import { MilestoneModule } from './milestone/milestone.module';
import { OptionModule } from './option/option.module';
import { ParticipantModule } from './participant/participant.module';
import { PresidencyModule } from './presidency/presidency.module';
import { ProcessModule } from './process/process.module';
import { ReportModule } from './report/report.module';
import { ProcessCopyModule } from './process-copy/process-copy.module';
import { RescheduleImpactModule } from './reschedule/reschedule-impact.module';
import { RoleTermModule } from './role-term/role-term.module';
import { SearchModule } from './search/search.module';
import { ViewModule } from './view/view.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Where the GraphQL schema is printed at start (the web app's codegen reads it); false prints nothing. */
  schemaFile: string | false;
  /** Sees every SQL statement: the statement-count test counts them. */
  sqlLogger?: TypeOrmLogger;
  /** Build the schema without connecting to PostgreSQL (printing the schema needs no database). */
  schemaOnly?: boolean;
  /**
   * Benchmarks only (apps/bench, R8): false leaves out the GraphQL guards (token cap, depth and alias rules, cost
   * limit, rate limits) to measure what they cost. No environment variable sets it; never false in a deployment.
   */
  graphqlGuards?: false;
  /** Overrides LOG_LEVEL and LOG_FORMAT, or sends the logs elsewhere than stdout (tests read them). */
  logs?: Partial<LogSettings>;
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(options.databaseUrl, {
            poolSize: options.config.dbPoolSize,
            logger: options.sqlLogger,
          }),
          // Every save of a versioned record checks, under a row lock, the version it was computed from.
          subscribers: [VersionGuard],
          manualInitialization: options.schemaOnly ?? false,
        }),
        UnitOfWorkModule,
        LoadersModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [LoadersModule, AuthModule],
          inject: [LoadersFactory, ActorService, SharedRateLimiter],
          useFactory: (loaders: LoadersFactory, actors: ActorService, limiter: SharedRateLimiter) => ({
            autoSchemaFile: options.schemaFile === false ? true : options.schemaFile,
            sortSchema: true,
            path: '/graphql',
            // graphql-jit compiles each query once it has run this often: ~3x less CPU per field (STACK-NOTES.md).
            jit: 1,
            graphiql: !options.config.production,
            allowBatchedQueries: false,
            transformSchema: (schema) => strictDateTime(readPlainFieldsDirectly(schema)),
            errorFormatter: formatErrors,
            ...(options.graphqlGuards === false ? {} : graphqlHardening(options.config, limiter)),
            context: async (request: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => ({
              ...(await contextFor(request, actors, loaders)),
              reply,
            }),
            // Subscriptions run over a WebSocket at /graphql. The socket acts for the session cookie of its upgrade
            // request, whose Origin the CSRF check has vetted (docs/decisions/0008-live-inbox.md).
            subscription: {
              context: (socket: SendingSocket, request: FastifyRequest) => {
                maskSubscriptionErrors(socket);
                return contextFor(request, actors, loaders);
              },
              // Pings every 30 s: proxies close a socket that stays silent for a minute (nginx's default).
              keepAlive: 30_000,
            },
          }),
        }),
        AuthModule,
        AccountsModule,
        AuditModule,
        EventsModule,
        NotificationModule,
        ProcessModule,
        ProcessCopyModule,
        MilestoneModule,
        RescheduleImpactModule,
        ParticipantModule,
        RoleTermModule,
        PresidencyModule,
        MatterModule,
        OptionModule,
        ActionModule,
        ViewModule,
        DashboardModule,
        InvitationModule,
        ReportModule,
        CalendarModule,
        SearchModule,
        ChangesModule,
        ObservabilityModule.forApi(createLogger('api', logSettings(options.config, options.logs))),
        HealthModule.forApi(),
      ],
    };
  }
}
