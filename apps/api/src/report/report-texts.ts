import type {
  ActionStatus,
  Confidentiality,
  Health,
  MatterStatus,
  OptionStage,
  OwnerRole,
  Position,
} from '@prepcom/domain';

export type ReportLanguage = 'en' | 'fr' | 'es';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'fr', 'es'];

/**
 * The words of the state-of-play PDF. The names of statuses, stages, health, positions, roles and tiers are the
 * dashboard's own (report-texts.spec.ts compares them with apps/web/src/i18n/locales), so paper and screen agree.
 */
export interface ReportTexts {
  title: string;
  /** What follows a label: French sets a space before the colon. */
  colon: string;
  wholeProcess: string;
  asOf: (day: string) => string;
  page: (page: number, pages: number) => string;
  preparedFor: (who: string) => string;
  visitor: string;
  shows: (audience: string) => string;
  countdown: (days: number) => string;
  meetingStarted: string;
  summary: string;
  matters: string;
  open: string;
  openReadiness: string;
  byStatus: string;
  byHealth: string;
  atRisk: string;
  noneAtRisk: string;
  statesParties: (count: number, day: string) => string;
  status: string;
  readiness: string;
  health: string;
  why: string;
  options: string;
  noOptions: string;
  stage: string;
  positions: string;
  onMatter: string;
  notYetHeard: (count: number) => string;
  allHeard: string;
  actions: string;
  noActions: string;
  owner: string;
  due: string;
  dependencies: string;
  noDependencies: string;
  outcome: string;
  noMatters: string;
  matterStatus: Record<MatterStatus, string>;
  healthLevel: Record<Health, string>;
  optionStage: Record<OptionStage, string>;
  actionStatus: Record<ActionStatus, string>;
  position: Record<Position, string>;
  ownerRole: Record<OwnerRole, string>;
  confidentiality: Record<Confidentiality, string>;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const REPORT_TEXTS: Record<ReportLanguage, ReportTexts> = {
  en: {
    title: 'State of play',
    colon: ': ',
    wholeProcess: 'Whole process',
    asOf: (day) => `As of ${day}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    preparedFor: (who) => `Prepared for ${who}`,
    visitor: 'a visitor (not signed in)',
    shows: (audience) => `Shows what is open to: ${audience}.`,
    countdown: (days) => `${days} ${plural(days, 'day', 'days')} to the meeting`,
    meetingStarted: 'The meeting has started',
    summary: 'Summary',
    matters: 'Matters',
    open: 'Still open',
    openReadiness: 'Readiness of the open matters',
    byStatus: 'By status',
    byHealth: 'Open matters by health',
    atRisk: 'At risk, and why',
    noneAtRisk: 'No open matter is at risk.',
    statesParties: (count, day) => `${count} States Parties on ${day}`,
    status: 'Status',
    readiness: 'Readiness',
    health: 'Health',
    why: 'Why',
    options: 'Options',
    noOptions: 'No option tabled.',
    stage: 'Stage',
    positions: "States Parties' positions",
    onMatter: 'On the matter as a whole',
    notYetHeard: (count) => `Not yet heard (${count})`,
    allHeard: 'Every State Party has given a view.',
    actions: 'Open actions',
    noActions: 'No open action.',
    owner: 'Owner',
    due: 'Due',
    dependencies: 'Must be decided first',
    noDependencies: 'Depends on no other matter.',
    outcome: 'Outcome',
    noMatters: 'No matter is to be decided there.',
    matterStatus: {
      IDENTIFIED: 'Identified',
      OPTIONS_DEVELOPING: 'Options being developed',
      READY_FOR_DECISION: 'Ready for decision',
      DECIDED: 'Decided',
      DEFERRED: 'Deferred',
      WITHDRAWN: 'Withdrawn',
    },
    healthLevel: { ON_TRACK: 'On track', AT_RISK: 'At risk', OFF_TRACK: 'Off track' },
    optionStage: {
      TABLED: 'Tabled',
      ELABORATED: 'Elaborated',
      CONVERGING: 'Converging',
      DRAFT_TEXT: 'Draft text',
      ADOPTED: 'Adopted',
      WITHDRAWN: 'Withdrawn',
    },
    actionStatus: {
      TODO: 'To do',
      IN_PROGRESS: 'In progress',
      BLOCKED: 'Blocked',
      DONE: 'Done',
      CANCELLED: 'Cancelled',
    },
    position: {
      SUPPORTS: 'Supports',
      CAN_LIVE_WITH: 'Can live with',
      OBJECTS: 'Objects',
      COMMENT: 'Comment',
    },
    ownerRole: {
      CO_CHAIRS: 'The Co-Chairs',
      CURRENT_PRESIDENCY: 'The current Presidency',
      INCOMING_PRESIDENCY: 'The incoming Presidency',
      PRESIDENT_DESIGNATE: 'The President-designate',
      SUPPORT_UNIT: 'The support unit',
    },
    confidentiality: {
      CO_CHAIRS: 'Co-Chairs',
      COORDINATING_COMMITTEE: 'Coordinating Committee',
      STATES_PARTIES: 'States Parties',
      OBSERVERS: 'States Parties and observers',
      PUBLIC: 'Everyone',
    },
  },
  fr: {
    title: 'État des lieux',
    colon: '\u00a0: ',
    wholeProcess: 'Ensemble du processus',
    asOf: (day) => `Au ${day}`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
    preparedFor: (who) => `Établi pour ${who}`,
    visitor: 'un visiteur (non connecté)',
    shows: (audience) => `Montre ce qui est ouvert à : ${audience}.`,
    countdown: (days) => `${days} ${plural(days, 'jour', 'jours')} avant la réunion`,
    meetingStarted: 'La réunion a commencé',
    summary: 'Synthèse',
    matters: 'Questions',
    open: 'Encore ouvertes',
    openReadiness: 'Préparation des questions ouvertes',
    byStatus: 'Par statut',
    byHealth: 'Questions ouvertes par santé',
    atRisk: 'À risque, et pourquoi',
    noneAtRisk: 'Aucune question ouverte n’est à risque.',
    statesParties: (count, day) => `${count} États parties au ${day}`,
    status: 'Statut',
    readiness: 'Préparation',
    health: 'Santé',
    why: 'Pourquoi',
    options: 'Options',
    noOptions: 'Aucune option présentée.',
    stage: 'Étape',
    positions: 'Positions des États parties',
    onMatter: 'Sur la question dans son ensemble',
    notYetHeard: (count) => `Pas encore entendus (${count})`,
    allHeard: 'Tous les États parties ont donné leur avis.',
    actions: 'Actions en cours',
    noActions: 'Aucune action en cours.',
    owner: 'Responsable',
    due: 'Échéance',
    dependencies: 'À décider d’abord',
    noDependencies: 'Ne dépend d’aucune autre question.',
    outcome: 'Décision',
    noMatters: 'Aucune question n’y est à décider.',
    matterStatus: {
      IDENTIFIED: 'Identifiée',
      OPTIONS_DEVELOPING: 'Options en élaboration',
      READY_FOR_DECISION: 'Prête pour décision',
      DECIDED: 'Décidée',
      DEFERRED: 'Reportée',
      WITHDRAWN: 'Retirée',
    },
    healthLevel: { ON_TRACK: 'En bonne voie', AT_RISK: 'À risque', OFF_TRACK: 'En retard' },
    optionStage: {
      TABLED: 'Présentée',
      ELABORATED: 'Développée',
      CONVERGING: 'En convergence',
      DRAFT_TEXT: 'Projet de texte',
      ADOPTED: 'Adoptée',
      WITHDRAWN: 'Retirée',
    },
    actionStatus: {
      TODO: 'À faire',
      IN_PROGRESS: 'En cours',
      BLOCKED: 'Bloquée',
      DONE: 'Faite',
      CANCELLED: 'Annulée',
    },
    position: {
      SUPPORTS: 'Soutient',
      CAN_LIVE_WITH: 'Peut s’en accommoder',
      OBJECTS: 'S’oppose',
      COMMENT: 'Commentaire',
    },
    ownerRole: {
      CO_CHAIRS: 'Les coprésidents',
      CURRENT_PRESIDENCY: 'La présidence en exercice',
      INCOMING_PRESIDENCY: 'La future présidence',
      PRESIDENT_DESIGNATE: 'Le président désigné',
      SUPPORT_UNIT: 'L’unité d’appui',
    },
    confidentiality: {
      CO_CHAIRS: 'Coprésidents',
      COORDINATING_COMMITTEE: 'Comité de coordination',
      STATES_PARTIES: 'États parties',
      OBSERVERS: 'États parties et observateurs',
      PUBLIC: 'Tout le monde',
    },
  },
  es: {
    title: 'Estado de situación',
    colon: ': ',
    wholeProcess: 'Todo el proceso',
    asOf: (day) => `Al ${day}`,
    page: (page, pages) => `Página ${page} de ${pages}`,
    preparedFor: (who) => `Preparado para ${who}`,
    visitor: 'un visitante (sin sesión iniciada)',
    shows: (audience) => `Muestra lo que está abierto a: ${audience}.`,
    countdown: (days) => `${days} ${plural(days, 'día', 'días')} para la reunión`,
    meetingStarted: 'La reunión ha comenzado',
    summary: 'Resumen',
    matters: 'Cuestiones',
    open: 'Aún abiertas',
    openReadiness: 'Preparación de las cuestiones abiertas',
    byStatus: 'Por estado',
    byHealth: 'Cuestiones abiertas por situación',
    atRisk: 'En riesgo, y por qué',
    noneAtRisk: 'Ninguna cuestión abierta está en riesgo.',
    statesParties: (count, day) => `${count} Estados Partes al ${day}`,
    status: 'Estado',
    readiness: 'Preparación',
    health: 'Situación',
    why: 'Por qué',
    options: 'Opciones',
    noOptions: 'Ninguna opción presentada.',
    stage: 'Etapa',
    positions: 'Posiciones de los Estados Partes',
    onMatter: 'Sobre la cuestión en su conjunto',
    notYetHeard: (count) => `Aún sin opinión (${count})`,
    allHeard: 'Todos los Estados Partes han dado su opinión.',
    actions: 'Acciones abiertas',
    noActions: 'Ninguna acción abierta.',
    owner: 'Responsable',
    due: 'Plazo',
    dependencies: 'Debe decidirse antes',
    noDependencies: 'No depende de ninguna otra cuestión.',
    outcome: 'Decisión',
    noMatters: 'No hay ninguna cuestión que decidir allí.',
    matterStatus: {
      IDENTIFIED: 'Identificada',
      OPTIONS_DEVELOPING: 'Opciones en elaboración',
      READY_FOR_DECISION: 'Lista para decisión',
      DECIDED: 'Decidida',
      DEFERRED: 'Aplazada',
      WITHDRAWN: 'Retirada',
    },
    healthLevel: { ON_TRACK: 'En buen camino', AT_RISK: 'En riesgo', OFF_TRACK: 'Con retraso' },
    optionStage: {
      TABLED: 'Presentada',
      ELABORATED: 'Desarrollada',
      CONVERGING: 'En convergencia',
      DRAFT_TEXT: 'Proyecto de texto',
      ADOPTED: 'Adoptada',
      WITHDRAWN: 'Retirada',
    },
    actionStatus: {
      TODO: 'Por hacer',
      IN_PROGRESS: 'En curso',
      BLOCKED: 'Bloqueada',
      DONE: 'Hecha',
      CANCELLED: 'Cancelada',
    },
    position: {
      SUPPORTS: 'Apoya',
      CAN_LIVE_WITH: 'Puede aceptarla',
      OBJECTS: 'Se opone',
      COMMENT: 'Comentario',
    },
    ownerRole: {
      CO_CHAIRS: 'Los copresidentes',
      CURRENT_PRESIDENCY: 'La Presidencia en ejercicio',
      INCOMING_PRESIDENCY: 'La próxima Presidencia',
      PRESIDENT_DESIGNATE: 'El Presidente designado',
      SUPPORT_UNIT: 'La dependencia de apoyo',
    },
    confidentiality: {
      CO_CHAIRS: 'Copresidentes',
      COORDINATING_COMMITTEE: 'Comité de Coordinación',
      STATES_PARTIES: 'Estados Partes',
      OBSERVERS: 'Estados Partes y observadores',
      PUBLIC: 'Todo el mundo',
    },
  },
};
