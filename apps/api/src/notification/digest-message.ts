import { addDays, DeliveryFrequency, type DigestFrequency } from '@prepcom/domain';
import { matterLink, term, type Language, type Message } from './messages';

/** One open matter as the readiness report lists it. */
export interface ReportedMatter {
  id: string;
  title: string;
  meetingTitle: string;
  readiness: number;
  health: string | null;
}

export interface DigestFacts {
  frequency: DigestFrequency;
  /** First and last day covered. */
  from: string;
  to: string;
  /** The person's own updates, gathered because they chose a digest for their kind. */
  updates: Message[];
  /** For Co-Chairs who take it: the readiness report. */
  report: { open: ReportedMatter[]; atRisk: ReportedMatter[]; changed: Message[] } | null;
}

const WORDS = {
  en: {
    subject: (daily: boolean, from: string, to: string) =>
      daily ? `Daily digest, ${from}` : `Weekly digest, ${from} to ${to}`,
    intro: (updates: number, open: number | null, atRisk: number | null) =>
      [
        `${updates} update${updates === 1 ? '' : 's'} for you.`,
        open === null
          ? ''
          : `${open} matter${open === 1 ? '' : 's'} still open, ${atRisk} at risk or off track.`,
      ].join(' '),
    updates: 'Your updates',
    atRisk: 'At risk or off track',
    open: 'Still open',
    changed: 'What changed',
    matter: (m: ReportedMatter, health: string) =>
      `${m.title} (${m.meetingTitle}): readiness ${m.readiness}%${health ? `, ${health}` : ''}`,
  },
  fr: {
    subject: (daily: boolean, from: string, to: string) =>
      daily ? `Résumé du ${from}` : `Résumé de la semaine du ${from} au ${to}`,
    intro: (updates: number, open: number | null, atRisk: number | null) =>
      [
        `${updates} nouvelle${updates > 1 ? 's' : ''} pour vous.`,
        open === null ? '' : `${open} question(s) encore ouverte(s), dont ${atRisk} à risque ou en retard.`,
      ].join(' '),
    updates: 'Vos nouvelles',
    atRisk: 'À risque ou en retard',
    open: 'Encore ouvertes',
    changed: 'Ce qui a changé',
    matter: (m: ReportedMatter, health: string) =>
      `${m.title} (${m.meetingTitle}) : préparation ${m.readiness} %${health ? `, ${health}` : ''}`,
  },
  es: {
    subject: (daily: boolean, from: string, to: string) =>
      daily ? `Resumen del ${from}` : `Resumen semanal del ${from} al ${to}`,
    intro: (updates: number, open: number | null, atRisk: number | null) =>
      [
        `${updates} novedad${updates === 1 ? '' : 'es'} para usted.`,
        open === null ? '' : `${open} cuestión(es) aún abierta(s), ${atRisk} en riesgo o con retraso.`,
      ].join(' '),
    updates: 'Sus novedades',
    atRisk: 'En riesgo o con retraso',
    open: 'Aún abiertas',
    changed: 'Qué cambió',
    matter: (m: ReportedMatter, health: string) =>
      `${m.title} (${m.meetingTitle}): preparación ${m.readiness} %${health ? `, ${health}` : ''}`,
  },
} satisfies Record<Language, unknown>;

/** A digest email in the recipient's language: their gathered updates and, for Co-Chairs, the readiness report. */
export function composeDigest(facts: DigestFacts, language: Language): Message {
  const words = WORDS[language];
  const lastDay = addDays(facts.to, -1);
  const matterLine = (matter: ReportedMatter) => ({
    text: words.matter(matter, matter.health ? term(language, 'health', matter.health) : ''),
    link: matterLink(matter.id),
  });
  const asLines = (messages: Message[]) =>
    messages.map((message) => ({ text: message.subject, link: message.link }));
  const { report } = facts;
  const sections = [
    ...(report
      ? [
          { heading: words.atRisk, lines: report.atRisk.map(matterLine) },
          { heading: words.open, lines: report.open.map(matterLine) },
          { heading: words.changed, lines: asLines(report.changed) },
        ]
      : []),
    { heading: words.updates, lines: asLines(facts.updates) },
  ].filter((section) => section.lines.length > 0);
  return {
    subject: words.subject(facts.frequency === DeliveryFrequency.DAILY, facts.from, lastDay),
    body: words
      .intro(facts.updates.length, report?.open.length ?? null, report?.atRisk.length ?? null)
      .trim(),
    link: '/',
    sections,
  };
}
