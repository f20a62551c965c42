import { dirname, join } from 'node:path';
import { ActionStatus, isActionOpen, POSITIONS, type PositionCounts } from '@prepcom/domain';
import type { ActionEntity } from '../action/action.entity';
import type { MatterState } from '../assessment/process-snapshot';
import { reasonIn } from '../common/reader-language';
import { REPORT_TEXTS, type ReportLanguage, type ReportTexts } from './report-texts';
import type { StateOfPlay, StateOfPlayMatter } from './state-of-play';

// pdfmake ships no type declarations of its own: the little of it used here is typed below.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as PdfMake;

type Node = Record<string, unknown> | string | Node[];
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

/**
 * DejaVu Sans (the dejavu-fonts-ttf package, embedded and subset in each PDF): Latin with every accent French and
 * Spanish need, Greek, Cyrillic, Armenian, Georgian and Hebrew letters, and the typographic marks (’ « » – …).
 * Not covered: CJK ideographs, Indic scripts; Arabic letters are there but PDFKit lays text out left to right only.
 */
const FONT_FOLDER = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
pdfmake.setFonts({
  DejaVuSans: {
    normal: join(FONT_FOLDER, 'DejaVuSans.ttf'),
    bold: join(FONT_FOLDER, 'DejaVuSans-Bold.ttf'),
    italics: join(FONT_FOLDER, 'DejaVuSans-Oblique.ttf'),
    bolditalics: join(FONT_FOLDER, 'DejaVuSans-BoldOblique.ttf'),
  },
});
// The report embeds nothing from elsewhere: no image or font is fetched, and no file read but the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_FOLDER));

const INTL_LOCALE: Record<ReportLanguage, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

const GREY = '#555555';
const HEALTH_COLOUR = { ON_TRACK: '#1b5e20', AT_RISK: '#8a4b00', OFF_TRACK: '#b00020' } as const;

/** Renders a state-of-play report as a PDF in `language`: the summary first, then a section per matter. */
export function stateOfPlayPdf(
  report: StateOfPlay,
  language: ReportLanguage,
  timeZone: string,
): Promise<Buffer> {
  const texts = REPORT_TEXTS[language];
  const locale = INTL_LOCALE[language];
  const day = (instant: Date) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(instant);
  const isoDay = (date: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  const number = new Intl.NumberFormat(locale);
  const asOf = texts.asOf(day(report.asOf));
  const subject = report.milestone?.title ?? texts.wholeProcess;
  const reader = [report.reader.person, report.reader.participant].filter(Boolean).join(', ');
  const reason = reasonIn(language);
  const render = { texts, isoDay, number, report, reason };

  const definition = {
    info: { title: `${texts.title} — ${subject} — ${asOf}`, creator: 'prepcom', subject },
    language,
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 12] },
      h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      muted: { color: GREY },
      tableHeader: { bold: true, fillColor: '#eeeeee' },
    },
    header: () => ({
      text: `${texts.title} — ${subject}`,
      style: 'muted',
      fontSize: 8,
      margin: [48, 24, 48, 0],
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: asOf, style: 'muted', fontSize: 8 },
        { text: texts.page(page, pages), style: 'muted', fontSize: 8, alignment: 'right' },
      ],
      margin: [48, 16, 48, 0],
    }),
    content: [
      { text: texts.title, style: 'title' },
      { text: subject, style: 'subtitle' },
      { text: asOf, bold: true },
      {
        text: texts.preparedFor(reader || texts.visitor),
        margin: [0, 2, 0, 0],
      },
      { text: texts.shows(texts.confidentiality[report.reader.clearance]), style: 'muted' },
      ...summary(render),
      ...report.matters.flatMap((entry, index) => matterSection(render, entry, index === 0)),
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}

interface Render {
  texts: ReportTexts;
  isoDay: (date: string) => string;
  number: Intl.NumberFormat;
  report: StateOfPlay;
  reason: ReturnType<typeof reasonIn>;
}

function summary({ texts, isoDay, number, report, reason }: Render): Node[] {
  const { tally } = report;
  const countdown =
    report.daysToMilestone === null
      ? []
      : [
          {
            text: report.daysToMilestone > 0 ? texts.countdown(report.daysToMilestone) : texts.meetingStarted,
            fontSize: 12,
            bold: true,
            margin: [0, 12, 0, 0],
          },
        ];
  const pairs = (rows: [string, number][]) =>
    rows.map(([label, count]) => [label, { text: number.format(count), alignment: 'right' }]);
  return [
    ...countdown,
    { text: texts.summary, style: 'h2' },
    {
      table: {
        widths: ['*', 60],
        body: pairs([
          [texts.matters, tally.totalMatters],
          [texts.open, tally.openMatters],
        ]).concat([
          [
            texts.openReadiness,
            {
              text: tally.openReadiness === null ? '—' : `${number.format(tally.openReadiness)}/100`,
              alignment: 'right',
            },
          ],
          [
            texts.statesParties(report.statesParties.length, isoDay(report.partiesOn)),
            { text: '', alignment: 'right' },
          ],
        ]),
      },
      layout: 'lightHorizontalLines',
    },
    {
      columns: [
        [
          { text: texts.byStatus, style: 'h3' },
          {
            table: {
              widths: ['*', 40],
              body: pairs(tally.byStatus.map(({ status, count }) => [texts.matterStatus[status], count])),
            },
            layout: 'lightHorizontalLines',
          },
        ],
        [
          { text: texts.byHealth, style: 'h3' },
          {
            table: {
              widths: ['*', 40],
              body: pairs(tally.byHealth.map(({ health, count }) => [texts.healthLevel[health], count])),
            },
            layout: 'lightHorizontalLines',
          },
        ],
      ],
      columnGap: 24,
    },
    { text: texts.atRisk, style: 'h2' },
    report.atRisk.length === 0
      ? { text: texts.noneAtRisk, style: 'muted' }
      : {
          ul: report.atRisk.map((state) => ({
            stack: [
              { text: [{ text: state.matter.title, bold: true }, ' — ', healthText(texts, state)] },
              { ul: state.health!.reasons.map(reason), style: 'muted' },
            ],
            margin: [0, 0, 0, 4],
          })),
        },
    ...(report.matters.length === 0
      ? [{ text: texts.noMatters, style: 'muted', margin: [0, 12, 0, 0] }]
      : []),
  ];
}

function healthText(texts: ReportTexts, state: MatterState): Node {
  if (!state.health) return { text: texts.matterStatus[state.status] };
  return {
    text: texts.healthLevel[state.health.level],
    color: HEALTH_COLOUR[state.health.level],
    bold: true,
  };
}

function countsLine(texts: ReportTexts, number: Intl.NumberFormat, counts: PositionCounts): string {
  return POSITIONS.map((position) => `${texts.position[position]} ${number.format(counts[position])}`).join(
    ' · ',
  );
}

function matterSection(
  { texts, isoDay, number, report, reason }: Render,
  entry: StateOfPlayMatter,
  first: boolean,
): Node[] {
  const { state } = entry;
  const reasons = [...state.readiness.reasons, ...(state.health?.reasons ?? [])].map(reason);
  const openActions = state.actions.filter((action) => isActionOpen(action.status));
  const owner = (action: ActionEntity) =>
    action.ownerRole
      ? texts.ownerRole[action.ownerRole]
      : (report.snapshot.participants.find((participant) => participant.id === action.ownerParticipantId)
          ?.name ?? '—');
  return [
    { text: state.matter.title, style: 'h2', pageBreak: first ? 'before' : undefined },
    {
      text: [
        `${texts.status}${texts.colon}`,
        { text: texts.matterStatus[state.status], bold: true },
        `   ${texts.readiness}${texts.colon}`,
        { text: `${number.format(state.readiness.score)}/100`, bold: true },
        `   ${texts.health}${texts.colon}`,
        healthText(texts, state),
      ],
    },
    ...(state.matter.outcome && state.status === 'DECIDED'
      ? [{ text: [`${texts.outcome}${texts.colon}`, state.matter.outcome], margin: [0, 4, 0, 0] }]
      : []),
    ...(reasons.length > 0 ? [{ text: texts.why, style: 'h3' }, { ul: reasons }] : []),
    { text: texts.options, style: 'h3' },
    state.options.length === 0
      ? { text: texts.noOptions, style: 'muted' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 70, 150],
            body: [
              [texts.options, texts.stage, texts.positions].map((text) => ({ text, style: 'tableHeader' })),
              ...state.options.map((option) => [
                option.text,
                texts.optionStage[option.stage],
                countsLine(texts, number, entry.optionPositions.get(option.id)!),
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
    { text: texts.positions, style: 'h3' },
    { text: `${texts.onMatter}${texts.colon}${countsLine(texts, number, entry.positions)}` },
    entry.notYetHeard.length === 0
      ? { text: texts.allHeard, style: 'muted' }
      : {
          text: [
            { text: `${texts.notYetHeard(entry.notYetHeard.length)}${texts.colon}`, bold: true },
            entry.notYetHeard.map((party) => party.name).join(', '),
          ],
          margin: [0, 2, 0, 0],
        },
    { text: texts.actions, style: 'h3' },
    openActions.length === 0
      ? { text: texts.noActions, style: 'muted' }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 110, 80, 60],
            body: [
              [texts.actions, texts.owner, texts.due, texts.status].map((text) => ({
                text,
                style: 'tableHeader',
              })),
              ...openActions.map((action) => [
                action.title,
                owner(action),
                isoDay(report.snapshot.dueDate(action)),
                {
                  text: texts.actionStatus[action.status],
                  bold: action.status === ActionStatus.BLOCKED,
                },
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        },
    { text: texts.dependencies, style: 'h3' },
    entry.dependencies.length === 0
      ? { text: texts.noDependencies, style: 'muted' }
      : {
          ul: entry.dependencies.map(
            (dependency) => `${dependency.matter.title} (${texts.matterStatus[dependency.status]})`,
          ),
        },
  ];
}
