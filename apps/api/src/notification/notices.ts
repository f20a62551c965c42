import {
  canSee,
  Capacity,
  Confidentiality,
  describeStart,
  formatInZone,
  isActionOpen,
  MilestoneStatus,
  narrowest,
  NotificationKind,
  ownsAction,
  type Phrase,
} from '@prepcom/domain';
import { actionDueDate } from '../assessment/action-due-date';
import type { ActionEntity } from '../action/action.entity';
import type { SnapshotRepository } from '../assessment/snapshot.repository';
import type { Actor } from '../identity/actor';
import { linkPath, TokenPurpose } from '../auth/one-time-token.entity';
import { milestonePath } from '../calendar/ics';
import type { DomainEventType } from '../events/domain-event';
import type { StoredEvent } from '../events/domain-event';
import { composeDigest } from './digest-message';
import type { MatterTier } from './fan-out.repository';
import {
  inSentence,
  linkDeadline,
  matterLink,
  sayReasons,
  term,
  type Language,
  type Message,
} from './messages';
import type { NoticeFactsRepository } from './notice-facts.repository';
import type { PreferencesService } from './preferences.service';

/** What a fan-out may read to choose who hears of an event. */
export interface RecipientReads {
  records: NoticeFactsRepository;
  /** Everyone as they are on the fan-out's day, with their powers of that day. */
  everyone: Actor[];
  /** A matter's tier (null when it is gone); the event's own matter comes as read with the event, if it was. */
  matter(matterId: string): Promise<MatterTier | null>;
  preferences: PreferencesService;
  now: Date;
}

/** What a delivery may read to say what happened. */
export interface FactReads {
  records: NoticeFactsRepository;
  snapshots: SnapshotRepository;
}

/** What a message says, and the tier of the record it is about: only those cleared for it today may read it. */
interface Tiered<F> {
  facts: F;
  tier: Confidentiality;
}

/** How the pipeline handles one type of event, as NOTICES spells it out. */
interface NoticeEntry<K extends DomainEventType, F, Kind extends NotificationKind | null> {
  /**
   * What the event is, for the person's preferences; null for an email sent alone and at once, outside preferences
   * and digests, and never in-app.
   */
  kind: Kind;
  /** Who must hear of it: those concerned who may see it, with each person's powers of the day. */
  recipients(event: StoredEvent<K>, reads: RecipientReads): Promise<string[]>;
  /**
   * The texts its message needs, read now, with the tier of what they are about (meetings, role terms and
   * invitations are not confidential: PUBLIC); null when the record is gone or there is nothing to say.
   */
  facts(event: StoredEvent<K>, reads: FactReads): Promise<Tiered<F> | null>;
  /** The message in the recipient's language (English, French or Spanish); every text here is theirs to see. */
  message(facts: F, language: Language): Message;
}

/** An event's message as read now: the tier of what it is about, and what it says in each language. */
export interface ReadNotice {
  tier: Confidentiality;
  say(language: Language): Message;
}

/** An entry of NOTICES as the pipeline uses it: its facts come bound to their message. */
export interface Notice<
  K extends DomainEventType,
  Kind extends NotificationKind | null = NotificationKind | null,
> {
  kind: Kind;
  recipients(event: StoredEvent<K>, reads: RecipientReads): Promise<string[]>;
  read(event: StoredEvent<K>, reads: FactReads): Promise<ReadNotice | null>;
}

function notice<K extends DomainEventType, F, Kind extends NotificationKind | null>(
  entry: NoticeEntry<K, F, Kind>,
): Notice<K, Kind> {
  return {
    kind: entry.kind,
    recipients: (event, reads) => entry.recipients(event, reads),
    read: async (event, reads) => {
      const read = await entry.facts(event, reads);
      return read && { tier: read.tier, say: (language) => entry.message(read.facts, language) };
    },
  };
}

const STEERING: readonly Capacity[] = [Capacity.CO_CHAIR, Capacity.PRESIDENCY, Capacity.SUPPORT_UNIT];

const ids = (actors: Actor[]) => actors.map((actor) => actor.account!.id);

/** A record another one refers to (its foreign key keeps it). */
function known<T>(row: T | null, what: string, id: string): T {
  if (!row) throw new Error(`The ${what} ${id} does not exist.`);
  return row;
}

/** Meetings are public: everyone hears of them. */
const everybody = async (_event: unknown, { everyone }: RecipientReads) => ids(everyone);

/** Those who may see the matter; nobody when it is gone. */
async function matterReaders(
  matterId: string,
  { matter: read, everyone }: RecipientReads,
): Promise<string[]> {
  const matter = await read(matterId);
  return ids(everyone.filter((a) => matter && canSee(matter.confidentiality, a.clearance)));
}

/** The action's owners, where they may see the matter it serves. */
async function actionOwners(actionId: string, { records, everyone }: RecipientReads): Promise<string[]> {
  const action = await records.action(actionId);
  if (!action) return [];
  const matter = action.servesMatterId ? await records.matters.find(action.servesMatterId) : null;
  return ids(
    everyone.filter(
      (a) =>
        ownsAction(action, { participantId: a.account!.participantId, capacities: a.capacities }) &&
        (!matter || canSee(matter.confidentiality, a.clearance)),
    ),
  );
}

/** The accounts of every participant an invitation reached, invited or copied; meetings themselves are public. */
async function invitationReached(
  invitationId: string,
  { records, everyone }: RecipientReads,
): Promise<string[]> {
  const reached = new Set(
    (await records.invitations.recipients([invitationId], null)).map((recipient) => recipient.participantId),
  );
  return ids(everyone.filter((a) => reached.has(a.account!.participantId ?? '')));
}

/** The holder's own delegation, and the support unit that arranges the handover. */
async function roleTermConcerned(
  roleTermId: string,
  { records, everyone }: RecipientReads,
): Promise<string[]> {
  const term = await records.roleTerms.byId(roleTermId);
  return ids(
    everyone.filter(
      (a) =>
        term &&
        (a.account!.participantId === term.participantId || a.capacities.includes(Capacity.SUPPORT_UNIT)),
    ),
  );
}

/** A matter with the title of the meeting that decides it; null when the matter is gone. */
async function matterAndMeeting(
  records: NoticeFactsRepository,
  matterId: string,
): Promise<{
  deciding: { matterId: string; matterTitle: string; meetingTitle: string };
  tier: Confidentiality;
  processId: string;
} | null> {
  const matter = await records.matters.find(matterId);
  if (!matter) return null;
  const meeting = known(
    await records.milestones.find(matter.decidingMilestoneId),
    'milestone',
    matter.decidingMilestoneId,
  );
  return {
    deciding: { matterId: matter.id, matterTitle: matter.title, meetingTitle: meeting.title },
    tier: matter.confidentiality,
    processId: matter.processId,
  };
}

/**
 * An action with its due date and the tier of the matter it serves; null when it is gone, or no longer open and
 * `onlyOpen` (an owner who has done the work, or whose work was cancelled, is not reminded of it).
 */
async function actionRead(
  records: NoticeFactsRepository,
  actionId: string,
  onlyOpen: boolean,
): Promise<{ action: ActionEntity; due: string; tier: Confidentiality } | null> {
  const action = await records.action(actionId);
  if (!action || (onlyOpen && !isActionOpen(action.status))) return null;
  const due = actionDueDate(
    action,
    action.dueMilestoneId
      ? known(await records.milestones.find(action.dueMilestoneId), 'milestone', action.dueMilestoneId)
      : null,
  );
  return { action, due, tier: await servedMatterTier(records, action) };
}

/** The tier of the matter an action serves; an action serving none is for its owners, whoever they are. */
async function servedMatterTier(
  records: NoticeFactsRepository,
  action: ActionEntity,
): Promise<Confidentiality> {
  if (!action.servesMatterId) return Confidentiality.PUBLIC;
  const matter = await records.matters.find(action.servesMatterId);
  return matter?.confidentiality ?? Confidentiality.CO_CHAIRS;
}

type InvitationEvent = 'INVITATION_SENT' | 'INVITATION_CORRECTED' | 'INVITATION_WITHDRAWN';

/** An invitation's meeting, sender and contacts; nothing for a meeting cancelled or an invitation withdrawn since. */
async function invitationFacts({ type, payload }: StoredEvent<InvitationEvent>, { records }: FactReads) {
  const invitation = await records.invitation(payload.invitationId);
  const milestone = invitation && (await records.meetingWithContacts(invitation.milestoneId));
  // A meeting cancelled before its invitation went out gets only the cancellation; an invitation withdrawn
  // before it went out, or corrected after, only the withdrawal.
  if (!invitation || !milestone || milestone.status === MilestoneStatus.CANCELLED) return null;
  if (invitation.withdrawnAt && type !== 'INVITATION_WITHDRAWN') return null;
  const senderName = invitation.sentByParticipantId
    ? known(
        await records.participants.byId(invitation.sentByParticipantId),
        'participant',
        invitation.sentByParticipantId,
      ).name
    : (await records.accounts.byId(invitation.sentByAccountId)).displayName;
  return {
    tier: Confidentiality.PUBLIC,
    facts: {
      type,
      milestoneId: milestone.id,
      milestoneTitle: milestone.title,
      startsAt: milestone.startsAt,
      timeZone: milestone.timeZone,
      place: [milestone.venue, milestone.room].filter(Boolean).join(', '),
      senderName,
      note: invitation.note,
      withdrawalReason: invitation.withdrawalReason,
      contacts: (milestone.contacts ?? []).map((person) =>
        [person.name, person.title, person.email, person.phone].filter(Boolean).join(', '),
      ),
    },
  };
}
type InvitationFacts = NonNullable<Awaited<ReturnType<typeof invitationFacts>>>['facts'];

function invitationMessage(facts: InvitationFacts, language: Language): Message {
  const when = describeStart(facts.startsAt, facts.timeZone);
  const { milestoneTitle: title, senderName: sender, place } = facts;
  const corrected = facts.type === 'INVITATION_CORRECTED';
  const text = {
    en: [
      `${corrected ? 'Invitation corrected' : 'Invitation'}: ${title}`,
      `${sender} invites you to ${title}, ${when}, ${place}. Please say in prepcom whether you will attend, and how many of you will come.`,
      'Contacts:',
    ],
    fr: [
      `${corrected ? 'Invitation corrigée' : 'Invitation'} : ${title}`,
      `${sender} vous invite à ${title}, le ${when}, ${place}. Merci d’indiquer dans prepcom si vous y assisterez, et combien vous serez.`,
      'Contacts :',
    ],
    es: [
      `${corrected ? 'Invitación corregida' : 'Invitación'}: ${title}`,
      `${sender} le invita a ${title}, el ${when}, ${place}. Le rogamos que indique en prepcom si asistirá y cuántas personas serán.`,
      'Contactos:',
    ],
  }[language];
  const contacts = facts.contacts.length > 0 ? `${text[2]} ${facts.contacts.join('; ')}.` : '';
  return {
    subject: text[0]!,
    body: [text[1]!, facts.note, contacts].filter(Boolean).join('\n\n'),
    link: milestonePath(facts.milestoneId),
  };
}

/** A role term with its holder as the message names them; nothing when the term is gone. */
async function roleTermFacts(
  { type, payload }: StoredEvent<'ROLE_TERM_STARTING' | 'ROLE_TERM_ENDING'>,
  { records }: FactReads,
) {
  const term = await records.roleTerms.byId(payload.roleTermId);
  if (!term) return null;
  const holder = known(
    await records.participants.byId(term.participantId),
    'participant',
    term.participantId,
  );
  return {
    facts: {
      type,
      role: term.role,
      body: term.body,
      holderName: term.personName ? `${term.personName} (${holder.name})` : holder.name,
      startsOn: term.startsOn,
      endsOn: term.endsOn,
    },
    tier: Confidentiality.PUBLIC,
  };
}
type RoleTermFacts = NonNullable<Awaited<ReturnType<typeof roleTermFacts>>>['facts'];

function roleTermMessage(facts: RoleTermFacts, language: Language): Message {
  const role = `${term(language, 'roleKind', facts.role)} (${facts.body})`;
  const until = facts.endsOn ?? '…';
  const text =
    facts.type === 'ROLE_TERM_STARTING'
      ? {
          en: [
            `${facts.holderName} is now ${role}`,
            `${facts.holderName} holds the role of ${role} from ${facts.startsOn} to ${until}.`,
          ],
          fr: [
            `${facts.holderName} : ${role}`,
            `${facts.holderName} exerce la fonction de ${role} du ${facts.startsOn} au ${until}.`,
          ],
          es: [
            `${facts.holderName}: ${role}`,
            `${facts.holderName} ejerce la función de ${role} del ${facts.startsOn} al ${until}.`,
          ],
        }[language]
      : {
          en: [
            `${role}: the term ends ${until}`,
            `The term of ${facts.holderName} as ${role} ends on ${until}: time to hand over.`,
          ],
          fr: [
            `${role} : fin du mandat le ${until}`,
            `Le mandat de ${facts.holderName} (${role}) prend fin le ${until} : il est temps de passer le relais.`,
          ],
          es: [
            `${role}: el mandato termina el ${until}`,
            `El mandato de ${facts.holderName} (${role}) termina el ${until}: es hora del traspaso.`,
          ],
        }[language];
  return { subject: text[0]!, body: text[1]!, link: '/participants' };
}

/**
 * A one-time link's email: for its account alone, while the link waits for it (not used, replaced or expired),
 * with who invited the person and for which participant. Nobody else reads it, so its tier is PUBLIC.
 */
async function linkFacts({ payload }: StoredEvent<'ACCOUNT_LINK_ISSUED'>, { records }: FactReads) {
  const link = await records.waitingLink(payload.linkId);
  if (!link?.mailToken) return null;
  const path = linkPath(link.purpose, link.mailToken);
  if (link.purpose === TokenPurpose.PASSWORD_RESET) {
    return {
      facts: {
        type: 'PASSWORD_RESET' as const,
        path,
        expiresAt: link.expiresAt,
        byAdministrator: !!link.createdByAccountId,
      },
      tier: Confidentiality.PUBLIC,
    };
  }
  const [account, inviter] = await Promise.all([
    records.accounts.byId(link.accountId),
    // The inviter's account stays while its links do (the foreign key keeps it).
    link.createdByAccountId ? records.accounts.byId(link.createdByAccountId) : null,
  ]);
  const [participant, inviterParticipant] = await Promise.all(
    [account.participantId, inviter?.participantId ?? null].map((id) =>
      id ? records.participants.byId(id) : null,
    ),
  );
  return {
    facts: {
      type: 'ACCOUNT_INVITATION' as const,
      path,
      expiresAt: link.expiresAt,
      /** The inviter's name and participant; null when no one is named (a system invitation). */
      inviterName: inviter
        ? [inviter.displayName, inviterParticipant?.name].filter(Boolean).join(', ')
        : null,
      /** The participant the account acts for; null for an administrator. */
      participantName: participant?.name ?? null,
      administrator: account.accountRole === 'ADMINISTRATOR',
    },
    tier: Confidentiality.PUBLIC,
  };
}
type LinkFacts = NonNullable<Awaited<ReturnType<typeof linkFacts>>>['facts'];

function linkMessage(facts: LinkFacts, language: Language): Message {
  if (facts.type === 'PASSWORD_RESET') {
    const until = linkDeadline(facts.expiresAt);
    const text = {
      en: [
        'Choose a new prepcom password',
        `${facts.byAdministrator ? 'An administrator made this link for you' : 'Someone, perhaps you, asked for this link'} to choose a new password for your prepcom account. It works once, until ${until}. If you did not expect it, ignore this email: your password stays as it is.`,
      ],
      fr: [
        'Choisir un nouveau mot de passe prepcom',
        `${facts.byAdministrator ? 'Un administrateur a créé ce lien pour vous' : 'Quelqu’un, peut-être vous, a demandé ce lien'} afin de choisir un nouveau mot de passe pour votre compte prepcom. Il ne sert qu’une fois, jusqu’au ${until}. Si vous ne l’attendiez pas, ignorez ce message : votre mot de passe reste inchangé.`,
      ],
      es: [
        'Elegir una nueva contraseña de prepcom',
        `${facts.byAdministrator ? 'Un administrador creó este enlace para usted' : 'Alguien, quizá usted, pidió este enlace'} para elegir una nueva contraseña de su cuenta de prepcom. Sirve una sola vez, hasta el ${until}. Si no lo esperaba, ignore este mensaje: su contraseña no cambia.`,
      ],
    }[language];
    return { subject: text[0]!, body: text[1]!, link: facts.path };
  }
  const until = linkDeadline(facts.expiresAt);
  const { inviterName: inviter, participantName: participant } = facts;
  const forWhom = {
    en: participant ? `, to act for ${participant}` : facts.administrator ? ', as an administrator' : '',
    fr: participant
      ? `, pour agir au nom de ${participant}`
      : facts.administrator
        ? ', comme administrateur'
        : '',
    es: participant
      ? `, para actuar en nombre de ${participant}`
      : facts.administrator
        ? ', como administrador'
        : '',
  }[language];
  const text = {
    en: [
      participant ? `Your prepcom account for ${participant}` : 'Your prepcom account',
      `${inviter ? `${inviter} invites you` : 'You are invited'} to prepcom${forWhom}. Choose your password through the link below: it works once, until ${until}.`,
    ],
    fr: [
      participant ? `Votre compte prepcom pour ${participant}` : 'Votre compte prepcom',
      `${inviter ? `${inviter} vous invite` : 'Vous êtes invité'} à rejoindre prepcom${forWhom}. Choisissez votre mot de passe au moyen du lien ci-dessous : il ne sert qu’une fois, jusqu’au ${until}.`,
    ],
    es: [
      participant ? `Su cuenta de prepcom para ${participant}` : 'Su cuenta de prepcom',
      `${inviter ? `${inviter} le invita` : 'Se le invita'} a prepcom${forWhom}. Elija su contraseña con el enlace siguiente: sirve una sola vez, hasta el ${until}.`,
    ],
  }[language];
  return { subject: text[0]!, body: text[1]!, link: facts.path };
}

/**
 * Every event type, with what it is for preferences, who hears of it, what its message reads and what it says.
 * A new event type is added to DomainEvents (events/domain-event.ts) and here; the compiler asks for both.
 */
export const NOTICES = {
  MATTER_STATUS_CHANGED: notice({
    kind: NotificationKind.MATTERS,
    recipients: ({ payload }, reads) => matterReaders(payload.matterId, reads),
    async facts({ payload }, { records }) {
      const matter = await records.matters.find(payload.matterId);
      return (
        matter && {
          facts: { matterId: matter.id, matterTitle: matter.title, to: payload.to },
          tier: matter.confidentiality,
        }
      );
    },
    message(facts, language) {
      const status = inSentence(language, 'matterStatus', facts.to);
      const text = {
        en: [
          `"${facts.matterTitle}" is now ${status}`,
          `The matter "${facts.matterTitle}" is now ${status}.`,
        ],
        fr: [
          `« ${facts.matterTitle} » : ${status}`,
          `La question « ${facts.matterTitle} » est désormais ${status}.`,
        ],
        es: [`«${facts.matterTitle}»: ${status}`, `La cuestión «${facts.matterTitle}» está ahora ${status}.`],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: matterLink(facts.matterId) };
    },
  }),
  HEALTH_WORSENED: notice({
    kind: NotificationKind.MATTERS,
    // Those who steer readiness: Co-Chairs, Presidencies and the support unit, where they may see the matter.
    async recipients({ payload }, { matter: read, everyone }) {
      const matter = await read(payload.matterId);
      return ids(
        everyone.filter(
          (a) =>
            matter &&
            a.capacities.some((capacity) => STEERING.includes(capacity)) &&
            canSee(matter.confidentiality, a.clearance),
        ),
      );
    },
    async facts({ payload, occurredAt }, { records, snapshots }) {
      const read = await matterAndMeeting(records, payload.matterId);
      if (!read) return null;
      // The reasons as they stood when it worsened, from what everyone who may see the matter may see: a reason
      // never names an action or a dependency more confidential than the message.
      const snapshot = await snapshots.load(read.processId, occurredAt, read.tier);
      const reasons = (snapshot.matter(payload.matterId)?.health?.reasons ?? []).map(
        ({ code, params }): Phrase => ({ code, params }) as Phrase,
      );
      return { facts: { ...read.deciding, to: payload.to, reasons }, tier: read.tier };
    },
    message(facts, language) {
      // The same reasons as the matter's page, in the same words, in the recipient's language.
      const health = inSentence(language, 'health', facts.to);
      const text = {
        en: [
          `"${facts.matterTitle}" is now ${health}`,
          `The matter "${facts.matterTitle}", to be decided at ${facts.meetingTitle}, is now ${health}.`,
        ],
        fr: [
          `« ${facts.matterTitle} » est désormais ${health}`,
          `La question « ${facts.matterTitle} », à décider lors de ${facts.meetingTitle}, est désormais ${health}.`,
        ],
        es: [
          `«${facts.matterTitle}» está ahora ${health}`,
          `La cuestión «${facts.matterTitle}», que se decide en ${facts.meetingTitle}, está ahora ${health}.`,
        ],
      }[language];
      const reasons = sayReasons(facts.reasons, language).map((reason) => `- ${reason}`);
      return {
        subject: text[0]!,
        body: [text[1]!, reasons.join('\n')].filter(Boolean).join('\n\n'),
        link: matterLink(facts.matterId),
      };
    },
  }),
  ACTION_ASSIGNED: notice({
    kind: NotificationKind.ACTIONS,
    recipients: ({ payload }, reads) => actionOwners(payload.actionId, reads),
    async facts({ payload }, { records }) {
      const read = await actionRead(records, payload.actionId, false);
      return (
        read && {
          facts: {
            matterId: read.action.servesMatterId,
            actionTitle: read.action.title,
            due: read.due,
          },
          tier: read.tier,
        }
      );
    },
    message(facts, language) {
      const text = {
        en: [
          `Action for you: ${facts.actionTitle}`,
          `You own the action "${facts.actionTitle}", due ${facts.due}.`,
        ],
        fr: [
          `Action à mener : ${facts.actionTitle}`,
          `Vous êtes chargés de l’action « ${facts.actionTitle} », échéance ${facts.due}.`,
        ],
        es: [
          `Acción a su cargo: ${facts.actionTitle}`,
          `Tiene a su cargo la acción «${facts.actionTitle}», plazo ${facts.due}.`,
        ],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: matterLink(facts.matterId) };
    },
  }),
  ACTION_CANCELLED: notice({
    kind: NotificationKind.ACTIONS,
    recipients: ({ payload }, reads) => actionOwners(payload.actionId, reads),
    async facts({ payload }, { records }) {
      const read = await actionRead(records, payload.actionId, false);
      // Reinstated before the message went out: there is nothing to tell.
      if (!read?.action.cancellationReason) return null;
      return {
        facts: {
          matterId: read.action.servesMatterId,
          actionTitle: read.action.title,
          reason: read.action.cancellationReason,
        },
        tier: read.tier,
      };
    },
    message(facts, language) {
      const text = {
        en: [
          `Action cancelled: ${facts.actionTitle}`,
          `The action "${facts.actionTitle}", which you own, was cancelled. The reason given: ${facts.reason}`,
        ],
        fr: [
          `Action annulée : ${facts.actionTitle}`,
          `L’action « ${facts.actionTitle} », dont vous êtes chargés, a été annulée. Motif indiqué : ${facts.reason}`,
        ],
        es: [
          `Acción cancelada: ${facts.actionTitle}`,
          `La acción «${facts.actionTitle}», que tiene a su cargo, ha sido cancelada. Motivo indicado: ${facts.reason}`,
        ],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: matterLink(facts.matterId) };
    },
  }),
  REMINDER_ACTION: notice({
    kind: NotificationKind.ACTIONS,
    recipients: ({ payload }, reads) => actionOwners(payload.actionId, reads),
    async facts({ payload }, { records }) {
      const read = await actionRead(records, payload.actionId, true);
      return (
        read && {
          facts: {
            matterId: read.action.servesMatterId,
            actionTitle: read.action.title,
            due: read.due,
            overdue: payload.step.startsWith('overdue'),
          },
          tier: read.tier,
        }
      );
    },
    message(facts, language) {
      const text = facts.overdue
        ? {
            en: [
              `Overdue: ${facts.actionTitle}`,
              `The action "${facts.actionTitle}" was due ${facts.due} and is still open.`,
            ],
            fr: [
              `En retard : ${facts.actionTitle}`,
              `L’action « ${facts.actionTitle} » était due le ${facts.due} et reste ouverte.`,
            ],
            es: [
              `Atrasada: ${facts.actionTitle}`,
              `La acción «${facts.actionTitle}» vencía el ${facts.due} y sigue abierta.`,
            ],
          }[language]
        : {
            en: [`Due soon: ${facts.actionTitle}`, `The action "${facts.actionTitle}" is due ${facts.due}.`],
            fr: [
              `Échéance proche : ${facts.actionTitle}`,
              `L’action « ${facts.actionTitle} » est due le ${facts.due}.`,
            ],
            es: [
              `Vence pronto: ${facts.actionTitle}`,
              `La acción «${facts.actionTitle}» vence el ${facts.due}.`,
            ],
          }[language];
      return { subject: text[0]!, body: text[1]!, link: matterLink(facts.matterId) };
    },
  }),
  VIEW_SUBMITTED: notice({
    kind: NotificationKind.VIEWS,
    async recipients({ payload }, { records, everyone }) {
      const view = await records.view(payload.viewId);
      const matter = view && (await records.matters.find(view.matterId));
      const option = view?.optionId ? await records.optionTier(view.optionId) : null;
      return ids(
        everyone.filter(
          (a) =>
            view &&
            matter &&
            a.capacities.includes(Capacity.CO_CHAIR) &&
            canSee(view.confidentiality, a.clearance) &&
            canSee(matter.confidentiality, a.clearance) &&
            (view.optionId === null || (option !== null && canSee(option, a.clearance))),
        ),
      );
    },
    async facts({ payload }, { records }) {
      const view = await records.view(payload.viewId);
      if (!view) return null;
      const [matter, participant, option] = await Promise.all([
        records.matters.find(view.matterId).then((row) => known(row, 'matter', view.matterId)),
        records.participants
          .byId(view.participantId)
          .then((row) => known(row, 'participant', view.participantId)),
        view.optionId ? records.optionTier(view.optionId) : null,
      ]);
      return {
        facts: {
          matterId: matter.id,
          matterTitle: matter.title,
          participantName: participant.name,
          position: view.position,
        },
        // A view is only as open as what it is about: its matter, and its option (closed if gone).
        tier: narrowest(
          view.confidentiality,
          matter.confidentiality,
          ...(view.optionId ? [option ?? Confidentiality.CO_CHAIRS] : []),
        ),
      };
    },
    message(facts, language) {
      const position = term(language, 'position', facts.position);
      const text = {
        en: [
          `${facts.participantName} on "${facts.matterTitle}": ${position}`,
          `${facts.participantName} gave a view on "${facts.matterTitle}": ${position}.`,
        ],
        fr: [
          `${facts.participantName} sur « ${facts.matterTitle} » : ${position}`,
          `${facts.participantName} a donné sa position sur « ${facts.matterTitle} » : ${position}.`,
        ],
        es: [
          `${facts.participantName} sobre «${facts.matterTitle}»: ${position}`,
          `${facts.participantName} ha dado su posición sobre «${facts.matterTitle}»: ${position}.`,
        ],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: matterLink(facts.matterId) };
    },
  }),
  REMINDER_VIEW: notice({
    kind: NotificationKind.VIEWS,
    // States Parties that can see the matter and have not given a view on it yet.
    async recipients({ payload }, { records, matter: read, everyone }) {
      const matter = await read(payload.matterId);
      if (!matter) return [];
      const spoke = await records.participantsWithViewsOn(matter.id);
      return ids(
        everyone.filter(
          (a) =>
            a.capacities.includes(Capacity.STATE_PARTY) &&
            canSee(matter.confidentiality, a.clearance) &&
            !spoke.has(a.account!.participantId ?? ''),
        ),
      );
    },
    async facts({ payload }, { records }) {
      const read = await matterAndMeeting(records, payload.matterId);
      return read && { facts: { ...read.deciding }, tier: read.tier };
    },
    message(facts, language) {
      const text = {
        en: [
          `Your view on "${facts.matterTitle}"`,
          `${facts.meetingTitle} decides "${facts.matterTitle}" in a week, and your State has not given its view yet.`,
        ],
        fr: [
          `Votre position sur « ${facts.matterTitle} »`,
          `${facts.meetingTitle} décide de « ${facts.matterTitle} » dans une semaine ; votre État n’a pas encore donné sa position.`,
        ],
        es: [
          `Su posición sobre «${facts.matterTitle}»`,
          `${facts.meetingTitle} decide sobre «${facts.matterTitle}» dentro de una semana y su Estado aún no ha dado su posición.`,
        ],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: matterLink(facts.matterId) };
    },
  }),
  MILESTONE_SCHEDULED: notice({
    kind: NotificationKind.MEETINGS,
    recipients: everybody,
    async facts({ payload }, { records }) {
      const milestone = await records.milestones.find(payload.milestoneId);
      if (!milestone) return null;
      const { title: milestoneTitle, startsAt, timeZone, venue } = milestone;
      return { facts: { milestoneTitle, startsAt, timeZone, venue }, tier: Confidentiality.PUBLIC };
    },
    message(facts, language) {
      const when = `${formatInZone(facts.startsAt, facts.timeZone).slice(0, 16).replace('T', ' ')} (${facts.timeZone})`;
      const text = {
        en: [
          `${facts.milestoneTitle} is scheduled`,
          `${facts.milestoneTitle} will start ${when}, in ${facts.venue}.`,
        ],
        fr: [
          `${facts.milestoneTitle} est programmée`,
          `${facts.milestoneTitle} commencera le ${when}, à ${facts.venue}.`,
        ],
        es: [
          `${facts.milestoneTitle} está programada`,
          `${facts.milestoneTitle} comenzará el ${when}, en ${facts.venue}.`,
        ],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: '/timeline' };
    },
  }),
  MILESTONE_MOVED: notice({
    kind: NotificationKind.MEETINGS,
    recipients: everybody,
    async facts({ payload }, { records }) {
      const milestone = await records.milestones.find(payload.milestoneId);
      if (!milestone) return null;
      const { title: milestoneTitle, startsAt, timeZone } = milestone;
      return { facts: { milestoneTitle, startsAt, timeZone }, tier: Confidentiality.PUBLIC };
    },
    message(facts, language) {
      const when = `${formatInZone(facts.startsAt, facts.timeZone).slice(0, 16).replace('T', ' ')} (${facts.timeZone})`;
      const text = {
        en: [`${facts.milestoneTitle} has moved`, `${facts.milestoneTitle} now starts ${when}.`],
        fr: [
          `${facts.milestoneTitle} est déplacée`,
          `${facts.milestoneTitle} commence désormais le ${when}.`,
        ],
        es: [`${facts.milestoneTitle} cambia de fecha`, `${facts.milestoneTitle} comienza ahora el ${when}.`],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: '/timeline' };
    },
  }),
  MILESTONE_CANCELLED: notice({
    kind: NotificationKind.MEETINGS,
    recipients: everybody,
    async facts({ payload }, { records }) {
      const milestone = await records.milestones.find(payload.milestoneId);
      return milestone && { facts: { milestoneTitle: milestone.title }, tier: Confidentiality.PUBLIC };
    },
    message(facts, language) {
      const text = {
        en: [`${facts.milestoneTitle} is cancelled`, `${facts.milestoneTitle} has been cancelled.`],
        fr: [`${facts.milestoneTitle} est annulée`, `${facts.milestoneTitle} a été annulée.`],
        es: [`${facts.milestoneTitle} se cancela`, `${facts.milestoneTitle} ha sido cancelada.`],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: '/timeline' };
    },
  }),
  REMINDER_MEETING: notice({
    kind: NotificationKind.MEETINGS,
    recipients: everybody,
    async facts({ payload }, { records }) {
      const milestone = await records.milestones.find(payload.milestoneId);
      if (!milestone) return null;
      const { title: milestoneTitle, startsAt, timeZone } = milestone;
      const daysBefore = Number(payload.step.split(':')[0]);
      return {
        facts: { milestoneTitle, daysBefore, startsAt, timeZone },
        tier: Confidentiality.PUBLIC,
      };
    },
    message(facts, language) {
      const when = `${formatInZone(facts.startsAt, facts.timeZone).slice(0, 16).replace('T', ' ')} (${facts.timeZone})`;
      const n = facts.daysBefore;
      const text = {
        en: [
          `${facts.milestoneTitle} in ${n} day${n === 1 ? '' : 's'}`,
          `${facts.milestoneTitle} starts ${when}.`,
        ],
        fr: [
          `${facts.milestoneTitle} dans ${n} jour${n === 1 ? '' : 's'}`,
          `${facts.milestoneTitle} commence le ${when}.`,
        ],
        es: [
          `${facts.milestoneTitle} dentro de ${n} día${n === 1 ? '' : 's'}`,
          `${facts.milestoneTitle} comienza el ${when}.`,
        ],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: '/timeline' };
    },
  }),
  INVITATION_SENT: notice({
    kind: NotificationKind.INVITATIONS,
    recipients: ({ payload }, reads) => invitationReached(payload.invitationId, reads),
    facts: invitationFacts,
    message: invitationMessage,
  }),
  INVITATION_CORRECTED: notice({
    kind: NotificationKind.INVITATIONS,
    recipients: ({ payload }, reads) => invitationReached(payload.invitationId, reads),
    facts: invitationFacts,
    message: invitationMessage,
  }),
  INVITATION_WITHDRAWN: notice({
    kind: NotificationKind.INVITATIONS,
    recipients: ({ payload }, reads) => invitationReached(payload.invitationId, reads),
    facts: invitationFacts,
    message(facts, language) {
      const { milestoneTitle: title, senderName: sender } = facts;
      const text = {
        en: [
          `Invitation withdrawn: ${title}`,
          `${sender} has withdrawn the invitation to ${title} sent to you. The reason given:`,
        ],
        fr: [
          `Invitation retirée : ${title}`,
          `${sender} a retiré l’invitation à ${title} qui vous avait été adressée. Motif indiqué :`,
        ],
        es: [
          `Invitación retirada: ${title}`,
          `${sender} ha retirado la invitación a ${title} que se le había enviado. Motivo indicado:`,
        ],
      }[language];
      return {
        subject: text[0]!,
        body: [text[1]!, facts.withdrawalReason ?? ''].join('\n\n'),
        link: milestonePath(facts.milestoneId),
      };
    },
  }),
  ROLE_TERM_STARTING: notice({
    kind: NotificationKind.ROLE_TERMS,
    recipients: ({ payload }, reads) => roleTermConcerned(payload.roleTermId, reads),
    facts: roleTermFacts,
    message: roleTermMessage,
  }),
  ROLE_TERM_ENDING: notice({
    kind: NotificationKind.ROLE_TERMS,
    recipients: ({ payload }, reads) => roleTermConcerned(payload.roleTermId, reads),
    facts: roleTermFacts,
    message: roleTermMessage,
  }),
  /**
   * A one-time link (invitation, password reset) was made: emailed at once to its account alone, whatever the
   * person's preferences, never in-app (decision 29).
   */
  ACCOUNT_LINK_ISSUED: notice({
    kind: null,
    // Its own account only, while the link is still waiting for its email (not used, replaced or expired).
    recipients: ({ payload }, { records, now }) => records.accountAwaitingLink(payload.linkId, now),
    facts: linkFacts,
    message: linkMessage,
  }),
  /** A digest period ended: one email to each person with events waiting, or a readiness report due. */
  DIGEST_DUE: notice({
    kind: null,
    // Everyone with events waiting for this digest, and the Co-Chairs who take the readiness report this often.
    async recipients({ id, payload }, { records, everyone, preferences }) {
      const waiting = await records.accountsWaitingForDigest(payload.frequency, id);
      const coChairs = ids(everyone.filter((a) => a.capacities.includes(Capacity.CO_CHAIR)));
      const reportReaders = await preferences.wanting(
        NotificationKind.READINESS_REPORT,
        payload.frequency,
        coChairs,
      );
      return [...new Set([...waiting, ...reportReaders])];
    },
    // A digest's facts are gathered per person from the events it holds (DigestService), not read from the event.
    facts: async () => null,
    message: composeDigest,
  }),
} satisfies { [K in DomainEventType]: Notice<K> };

const byType: { [K in DomainEventType]: Notice<K> } = NOTICES;

/** The notice of an event's type. */
export const noticeOf = <K extends DomainEventType>(type: K): Notice<K> => byType[type];
