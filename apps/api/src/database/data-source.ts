import type { DataSourceOptions, Logger } from 'typeorm';
import { ActionEntity } from '../action/action.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { CalendarFeedEntity } from '../calendar/calendar-feed.entity';
import { MeetingInvitationRecipientEntity } from '../invitation/meeting-invitation-recipient.entity';
import { MeetingInvitationEntity } from '../invitation/meeting-invitation.entity';
import { NotificationEntity } from '../notification/notification.entity';
import { NotificationPreferenceEntity } from '../notification/preference.entity';
import { OutboxEventEntity } from '../events/outbox-event.entity';
import { AccountEntity } from '../auth/account.entity';
import { OneTimeTokenEntity } from '../auth/one-time-token.entity';
import { SessionEntity } from '../auth/session.entity';
import { MatterDependencyEntity } from '../matter/matter-dependency.entity';
import { MatterTransitionEntity } from '../matter/matter-transition.entity';
import { MatterEntity } from '../matter/matter.entity';
import { MilestoneEntity } from '../milestone/milestone.entity';
import { OptionStageChangeEntity } from '../option/option-stage-change.entity';
import { OptionEntity } from '../option/option.entity';
import { ParticipantEntity } from '../participant/participant.entity';
import { PersonEntity } from '../participant/person.entity';
import { ProcessEntity } from '../process/process.entity';
import { RoleTermEntity } from '../role-term/role-term.entity';
import { ParticipantViewEntity } from '../view/view.entity';
import { MIGRATIONS } from './migrations';
import { PooledClient } from './pooled-client';
import { SnakeNamingStrategy } from './naming-strategy';

export const ENTITIES = [
  ProcessEntity,
  MilestoneEntity,
  ParticipantEntity,
  PersonEntity,
  RoleTermEntity,
  MatterEntity,
  MatterTransitionEntity,
  MatterDependencyEntity,
  OptionEntity,
  OptionStageChangeEntity,
  ActionEntity,
  ParticipantViewEntity,
  AccountEntity,
  SessionEntity,
  OneTimeTokenEntity,
  AuditEventEntity,
  OutboxEventEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  MeetingInvitationEntity,
  MeetingInvitationRecipientEntity,
  CalendarFeedEntity,
];

export function dataSourceOptions(
  url: string,
  options: {
    poolSize?: number;
    logger?: Logger;
    /** Names the process's connections in pg_stat_activity (e.g. "prepcom worker"). */
    applicationName?: string;
  } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    poolSize: options.poolSize ?? 10,
    logger: options.logger,
    logging: options.logger ? ['query'] : false,
    applicationName: options.applicationName,
    extra: { Client: PooledClient },
  };
}
