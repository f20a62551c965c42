import { describeStart, formatInZone } from '@prepcom/domain';
import { milestonePath } from '../calendar/ics';
import type { CalendarAttachment } from './mailer';

export type Language = 'en' | 'fr' | 'es';

/** What a message says, read at delivery time; every text here is already visible to the recipient. */
export type MessageFacts =
  | { type: 'MATTER_STATUS_CHANGED'; matterId: string; matterTitle: string; to: string }
  | { type: 'ACTION_ASSIGNED'; matterId: string | null; actionTitle: string; due: string }
  | {
      type: 'VIEW_SUBMITTED';
      matterId: string;
      matterTitle: string;
      participantName: string;
      position: string;
    }
  | { type: 'MILESTONE_MOVED'; milestoneTitle: string; startsAt: Date; timeZone: string }
  | { type: 'MILESTONE_SCHEDULED'; milestoneTitle: string; startsAt: Date; timeZone: string; venue: string }
  | { type: 'MILESTONE_CANCELLED'; milestoneTitle: string }
  | { type: 'REMINDER_MEETING'; milestoneTitle: string; daysBefore: number; startsAt: Date; timeZone: string }
  | { type: 'REMINDER_ACTION'; matterId: string | null; actionTitle: string; due: string; overdue: boolean }
  | { type: 'REMINDER_VIEW'; matterId: string; matterTitle: string; meetingTitle: string }
  | {
      type: 'INVITATION_SENT';
      milestoneId: string;
      milestoneTitle: string;
      startsAt: Date;
      timeZone: string;
      place: string;
      senderName: string;
      note: string;
      contacts: string[];
    }
  | { type: 'HEALTH_WORSENED'; matterId: string; matterTitle: string; to: string; meetingTitle: string }
  | {
      type: 'ROLE_TERM_STARTING' | 'ROLE_TERM_ENDING';
      role: string;
      body: string;
      holderName: string;
      startsOn: string;
      endsOn: string | null;
    }
  | {
      type: 'ACCOUNT_INVITATION';
      /** The dashboard path with the link's token. */
      path: string;
      expiresAt: Date;
      /** The inviter's name and participant; null when no one is named (a system invitation). */
      inviterName: string | null;
      /** The participant the account acts for; null for an administrator. */
      participantName: string | null;
      administrator: boolean;
    }
  | { type: 'PASSWORD_RESET'; path: string; expiresAt: Date; byAdministrator: boolean };

export interface Message {
  subject: string;
  body: string;
  /** A path in the dashboard. */
  link: string | null;
  /** Lists under headings, for messages that gather several things (digests). */
  sections?: { heading: string; lines: { text: string; link: string | null }[] }[];
  /** The .ics of an invitation, for the email only. */
  calendar?: CalendarAttachment;
}

const STATUS: Record<Language, Record<string, string>> = {
  en: {
    IDENTIFIED: 'identified',
    OPTIONS_DEVELOPING: 'options being developed',
    READY_FOR_DECISION: 'ready for decision',
    DECIDED: 'decided',
    DEFERRED: 'deferred',
    WITHDRAWN: 'withdrawn',
  },
  fr: {
    IDENTIFIED: 'identifiée',
    OPTIONS_DEVELOPING: 'options en cours d’élaboration',
    READY_FOR_DECISION: 'prête pour décision',
    DECIDED: 'décidée',
    DEFERRED: 'reportée',
    WITHDRAWN: 'retirée',
  },
  es: {
    IDENTIFIED: 'identificada',
    OPTIONS_DEVELOPING: 'opciones en elaboración',
    READY_FOR_DECISION: 'lista para decisión',
    DECIDED: 'decidida',
    DEFERRED: 'aplazada',
    WITHDRAWN: 'retirada',
  },
};

const POSITION: Record<Language, Record<string, string>> = {
  en: {
    SUPPORTS: 'supports',
    CAN_LIVE_WITH: 'can live with',
    OBJECTS: 'objects to',
    COMMENT: 'commented on',
  },
  fr: { SUPPORTS: 'appuie', CAN_LIVE_WITH: 'peut accepter', OBJECTS: 's’oppose à', COMMENT: 'a commenté' },
  es: { SUPPORTS: 'apoya', CAN_LIVE_WITH: 'puede aceptar', OBJECTS: 'se opone a', COMMENT: 'comentó' },
};

export const HEALTH: Record<Language, Record<string, string>> = {
  en: { ON_TRACK: 'on track', AT_RISK: 'at risk', OFF_TRACK: 'off track' },
  fr: { ON_TRACK: 'en bonne voie', AT_RISK: 'à risque', OFF_TRACK: 'en retard' },
  es: { ON_TRACK: 'en buen camino', AT_RISK: 'en riesgo', OFF_TRACK: 'atrasada' },
};

const ROLE: Record<Language, Record<string, string>> = {
  en: {
    CO_CHAIR: 'Co-Chair',
    CO_RAPPORTEUR: 'Co-Rapporteur',
    PRESIDENT: 'President',
    PRESIDENT_DESIGNATE: 'President-designate',
    SUPPORT_UNIT: 'support unit',
  },
  fr: {
    CO_CHAIR: 'Coprésidence',
    CO_RAPPORTEUR: 'Corapporteur',
    PRESIDENT: 'Présidence',
    PRESIDENT_DESIGNATE: 'Présidence désignée',
    SUPPORT_UNIT: 'unité d’appui',
  },
  es: {
    CO_CHAIR: 'Copresidencia',
    CO_RAPPORTEUR: 'Correlatoría',
    PRESIDENT: 'Presidencia',
    PRESIDENT_DESIGNATE: 'Presidencia designada',
    SUPPORT_UNIT: 'unidad de apoyo',
  },
};

/** A link's deadline as every reader can place it: UTC, to the minute. */
const linkDeadline = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const matterLink = (id: string | null) => (id ? `/matters/${id}` : null);

/** The notification in the recipient's language (English, French or Spanish). */
export function compose(facts: MessageFacts, language: Language): Message {
  switch (facts.type) {
    case 'MATTER_STATUS_CHANGED': {
      const status = STATUS[language][facts.to] ?? facts.to;
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
    }
    case 'ACTION_ASSIGNED': {
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
    }
    case 'VIEW_SUBMITTED': {
      const position = POSITION[language][facts.position] ?? facts.position;
      const text = {
        en: [
          `${facts.participantName} ${position} "${facts.matterTitle}"`,
          `${facts.participantName} ${position} "${facts.matterTitle}".`,
        ],
        fr: [
          `${facts.participantName} ${position} « ${facts.matterTitle} »`,
          `${facts.participantName} ${position} « ${facts.matterTitle} ».`,
        ],
        es: [
          `${facts.participantName} ${position} «${facts.matterTitle}»`,
          `${facts.participantName} ${position} «${facts.matterTitle}».`,
        ],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: matterLink(facts.matterId) };
    }
    case 'MILESTONE_SCHEDULED': {
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
    }
    case 'MILESTONE_MOVED': {
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
    }
    case 'REMINDER_MEETING': {
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
    }
    case 'REMINDER_ACTION': {
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
    }
    case 'REMINDER_VIEW': {
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
    }
    case 'HEALTH_WORSENED': {
      // The reasons are on the matter's page, in the reader's language; the message says where to look.
      const health = HEALTH[language][facts.to] ?? facts.to;
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
      return { subject: text[0]!, body: text[1]!, link: matterLink(facts.matterId) };
    }
    case 'ROLE_TERM_STARTING':
    case 'ROLE_TERM_ENDING': {
      const role = `${ROLE[language][facts.role] ?? facts.role} (${facts.body})`;
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
    case 'INVITATION_SENT': {
      const when = describeStart(facts.startsAt, facts.timeZone);
      const { milestoneTitle: title, senderName: sender, place } = facts;
      const text = {
        en: [
          `Invitation: ${title}`,
          `${sender} invites you to ${title}, ${when}, ${place}. Please say in prepcom whether you will attend, and how many of you will come.`,
          'Contacts:',
        ],
        fr: [
          `Invitation : ${title}`,
          `${sender} vous invite à ${title}, le ${when}, ${place}. Merci d’indiquer dans prepcom si vous y assisterez, et combien vous serez.`,
          'Contacts :',
        ],
        es: [
          `Invitación: ${title}`,
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
    case 'ACCOUNT_INVITATION': {
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
    case 'PASSWORD_RESET': {
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
    case 'MILESTONE_CANCELLED': {
      const text = {
        en: [`${facts.milestoneTitle} is cancelled`, `${facts.milestoneTitle} has been cancelled.`],
        fr: [`${facts.milestoneTitle} est annulée`, `${facts.milestoneTitle} a été annulée.`],
        es: [`${facts.milestoneTitle} se cancela`, `${facts.milestoneTitle} ha sido cancelada.`],
      }[language];
      return { subject: text[0]!, body: text[1]!, link: '/timeline' };
    }
  }
}
