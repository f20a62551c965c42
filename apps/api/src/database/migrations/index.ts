import { InitialSchema1764300000000 } from './1764300000000-initial-schema';
import { AccountsAndConfidentiality1764400000000 } from './1764400000000-accounts-and-confidentiality';
import { AuditTrailAndVersions1764500000000 } from './1764500000000-audit-trail-and-versions';
import { Notifications1764600000000 } from './1764600000000-notifications';
import { Reminders1764700000000 } from './1764700000000-reminders';
import { InvitationsAndCalendarFeeds1764800000000 } from './1764800000000-invitations-and-calendar-feeds';
import { PreferencesDigestsHealth1764900000000 } from './1764900000000-preferences-digests-health';
import { OutboxRequestId1765000000000 } from './1765000000000-outbox-request-id';
import { DeliveryClaims1765100000000 } from './1765100000000-delivery-claims';
import { PasswordChangeEndsSessions1765200000000 } from './1765200000000-password-change-ends-sessions';
import { ApplicationRole1765200000001 } from './1765200000001-application-role';
import { ConfidentialityHistoryIndex1765300000000 } from './1765300000000-confidentiality-history-index';
import { RoleTermDecidedOn1765500000000 } from './1765500000000-role-term-decided-on';
import { AuditEntityIndex1765620000000 } from './1765620000000-audit-entity-index';
import { OneTimeLinkEmails1765640000000 } from './1765640000000-one-time-link-emails';
import { PeopleAndDeposits1765650000000 } from './1765650000000-people-and-deposits';
import { Search1765680000000 } from './1765680000000-search';
import { LiveChangesAndLastVisit1765680000001 } from './1765680000001-live-changes-and-last-visit';
import { OutboxActor1765690000000 } from './1765690000000-outbox-actor';
import { InvitationCorrections1765690000001 } from './1765690000001-invitation-corrections';
import { ActionCancelled1765720000000 } from './1765720000000-action-cancelled';
import { DeliveryKeyedByWhatItDelivers1765790000000 } from './1765790000000-delivery-keyed-by-what-it-delivers';

/** Listed in order; the schema changes only through these, never through `synchronize`. */
export const MIGRATIONS = [
  InitialSchema1764300000000,
  AccountsAndConfidentiality1764400000000,
  AuditTrailAndVersions1764500000000,
  Notifications1764600000000,
  Reminders1764700000000,
  InvitationsAndCalendarFeeds1764800000000,
  PreferencesDigestsHealth1764900000000,
  OutboxRequestId1765000000000,
  DeliveryClaims1765100000000,
  PasswordChangeEndsSessions1765200000000,
  ApplicationRole1765200000001,
  ConfidentialityHistoryIndex1765300000000,
  RoleTermDecidedOn1765500000000,
  AuditEntityIndex1765620000000,
  OneTimeLinkEmails1765640000000,
  PeopleAndDeposits1765650000000,
  Search1765680000000,
  LiveChangesAndLastVisit1765680000001,
  OutboxActor1765690000000,
  InvitationCorrections1765690000001,
  ActionCancelled1765720000000,
  DeliveryKeyedByWhatItDelivers1765790000000,
];
