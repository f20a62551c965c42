import { formatInZone } from '@prepcom/domain';

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
  | { type: 'MILESTONE_CANCELLED'; milestoneTitle: string }
  | { type: 'REMINDER_MEETING'; milestoneTitle: string; daysBefore: number; startsAt: Date; timeZone: string }
  | { type: 'REMINDER_ACTION'; matterId: string | null; actionTitle: string; due: string; overdue: boolean }
  | { type: 'REMINDER_VIEW'; matterId: string; matterTitle: string; meetingTitle: string };

export interface Message {
  subject: string;
  body: string;
  /** A path in the dashboard. */
  link: string | null;
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

const matterLink = (id: string | null) => (id ? `/matters/${id}` : null);

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
