import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { refusal, zonedDateTimeToInstant } from '@prepcom/domain';
import type { Actor } from '../identity/actor';
import { ActorService } from '../identity/actor.service';
import { invalidInput } from '../common/errors/app-error';
import { answerDownloadError, ISO_DAY, queryId, queryInstant, sendDownload } from '../common/errors/download';
import { LoadersFactory, type Loaders } from '../loaders/loaders.factory';
import { InvitationService } from '../invitation/invitation.service';
import type { ProcessEntity } from '../process/process.entity';
import { ProcessService } from '../process/process.service';
import {
  actionsCsv,
  boardMatters,
  exportWords,
  invitationsCsv,
  mattersCsv,
  parseHealth,
  parseOwner,
  positionsCsv,
  preparationActions,
} from './exports';
import { acceptedLanguage, reasonIn, refusalLanguage } from '../common/reader-language';
import { REPORT_LANGUAGES, type ReportLanguage } from './report-texts';
import { stateOfPlayPdf } from './state-of-play.pdf';
import { StateOfPlayService } from './state-of-play.service';

type Params = Record<string, string | undefined>;

const CSV = 'text/csv; charset=utf-8';

/** What every download starts from: who asks (their clearance filters everything), the process, the instant. */
interface Reading {
  actor: Actor;
  loaders: Loaders;
  process: ProcessEntity;
  asOf: Date;
  /** The time zone of the venue of the process's decisions, where a day of `asOf=` is read. */
  timeZone: string;
  /** The reader's language: `lang=` (the dashboard sends the one in use), else the account's, else the browser's. */
  language: ReportLanguage;
}

/**
 * The state-of-play PDF and the CSV exports. Each reads through the same snapshot and loaders as the screens, for
 * the person whose session cookie comes with the request (a visitor sees what is public), so a link sent to a
 * colleague opens what that colleague may see. They change nothing, so a GET needs no CSRF check.
 */
@Controller()
export class ReportController {
  constructor(
    private readonly actors: ActorService,
    private readonly loadersFactory: LoadersFactory,
    private readonly processes: ProcessService,
    private readonly reports: StateOfPlayService,
    private readonly invitations: InvitationService,
  ) {}

  @Get('reports/state-of-play.pdf')
  async stateOfPlay(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query() query: Params) {
    try {
      const { actor, loaders, process, asOf, timeZone, language } = await this.reading(request, query);
      const milestoneId = queryId(query.milestone, 'milestone') ?? null;
      const report = await this.reports.build(loaders, actor, process, milestoneId, asOf);
      const pdf = await stateOfPlayPdf(report, language, report.milestone?.timeZone ?? timeZone);
      const day = report.partiesOn;
      const name = report.milestone?.shortTitle || 'process';
      await sendDownload(
        reply,
        'application/pdf',
        `state-of-play-${name.replace(/[^A-Za-z0-9]+/g, '-')}-${day}-${language}.pdf`,
        pdf,
      );
    } catch (error) {
      await answerDownloadError(reply, error, refusedIn(request, query));
    }
  }

  @Get('exports/matters.csv')
  async matters(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query() query: Params) {
    try {
      const { loaders, process, asOf, language } = await this.reading(request, query);
      const snapshot = await loaders.snapshot.load({ processId: process.id, asOf });
      await sendDownload(
        reply,
        CSV,
        'matters.csv',
        mattersCsv(snapshot, boardMatters(snapshot, boardFilters(query)), exportWords(language)),
      );
    } catch (error) {
      await answerDownloadError(reply, error, refusedIn(request, query));
    }
  }

  @Get('exports/actions.csv')
  async actions(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query() query: Params) {
    try {
      const { loaders, process, asOf, language } = await this.reading(request, query);
      const snapshot = await loaders.snapshot.load({ processId: process.id, asOf });
      const actions = preparationActions(snapshot, {
        owner: parseOwner(query.owner),
        openOnly: query.open === '1',
      });
      await sendDownload(reply, CSV, 'actions.csv', actionsCsv(snapshot, actions, exportWords(language)));
    } catch (error) {
      await answerDownloadError(reply, error, refusedIn(request, query));
    }
  }

  @Get('exports/positions.csv')
  async positions(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query() query: Params) {
    try {
      const { actor, loaders, process, asOf, language } = await this.reading(request, query);
      // The report's own reads: the matters the board would show, their views and the States Parties on the day.
      const report = await this.reports.build(loaders, actor, process, null, asOf);
      const matters = boardMatters(report.snapshot, boardFilters(query));
      const views = await this.reports.viewsOf(loaders, matters, asOf);
      await sendDownload(
        reply,
        CSV,
        'positions.csv',
        positionsCsv(report.snapshot, matters, report.statesParties, views, exportWords(language)),
      );
    } catch (error) {
      await answerDownloadError(reply, error, refusedIn(request, query));
    }
  }

  /** Who was invited to a meeting and what each replied, as things stood on the day (the audit trail turns back). */
  @Get('exports/invitations.csv')
  async invitationList(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query() query: Params) {
    try {
      const { actor, loaders, asOf, language } = await this.reading(request, query);
      actor.require('invitation.readReplies');
      const invitations = await this.invitations.listAsOf(actor, queryId(query.milestone, 'milestone'), asOf);
      const milestoneIds = [...new Set(invitations.map((invitation) => invitation.milestoneId))];
      const participantIds = [
        ...new Set(invitations.flatMap((invitation) => invitation.recipients!.map((r) => r.participantId))),
      ];
      const [milestones, participants] = await Promise.all([
        loaders.milestone.loadMany(milestoneIds),
        loaders.participant.loadMany(participantIds),
      ]);
      const byId = <T extends { id: string }>(rows: (T | Error | undefined)[]) =>
        new Map(rows.flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row] as const] : [])));
      await sendDownload(
        reply,
        CSV,
        'invitations.csv',
        invitationsCsv(invitations, byId(milestones), byId(participants), asOf, exportWords(language)),
      );
    } catch (error) {
      await answerDownloadError(reply, error, refusedIn(request, query));
    }
  }

  private async reading(request: FastifyRequest, query: Params): Promise<Reading> {
    const now = new Date();
    const actor = await this.actors.fromRequest(request, now);
    const loaders = this.loadersFactory.create(actor, now);
    const process = await this.processes.find(queryId(query.process, 'process'));
    const venue = process.decisionDeadlineMilestoneId
      ? await loaders.milestone.load(process.decisionDeadlineMilestoneId)
      : undefined;
    const timeZone = venue?.timeZone ?? 'UTC';
    // A day is shown as the dashboard shows it: as things stood at its last second at the venue.
    const instant = queryInstant(query.asOf, 'asOf');
    const asOf = instant && ISO_DAY.test(query.asOf!) ? endOfDay(query.asOf!, timeZone) : (instant ?? now);
    const language = this.language(query.lang, actor, request.headers['accept-language']);
    return { actor, loaders, process, asOf, timeZone, language };
  }

  private language(value: string | undefined, actor: Actor, accepted: string | undefined): ReportLanguage {
    if (value && !REPORT_LANGUAGES.includes(value as ReportLanguage))
      throw invalidInput([
        refusal('UNSUPPORTED_LANGUAGE', 'lang', 'UNSUPPORTED_LANGUAGE', {
          languages: REPORT_LANGUAGES.join(', '),
        }),
      ]);
    const chosen = value ?? actor.account?.language;
    if (REPORT_LANGUAGES.includes(chosen as ReportLanguage)) return chosen as ReportLanguage;
    return acceptedLanguage(accepted) ?? 'en';
  }
}

/** A refusal in the language the address asks for, or the browser's. */
const refusedIn = (request: FastifyRequest, query: Params) =>
  reasonIn(refusalLanguage(query.lang, request.headers['accept-language']));

function endOfDay(day: string, timeZone: string): Date {
  try {
    return zonedDateTimeToInstant(`${day}T23:59:59`, timeZone);
  } catch {
    throw invalidInput([refusal('INVALID_DATE', 'asOf', 'INVALID_DATE', { value: day })]);
  }
}

function boardFilters(query: Params) {
  return {
    milestoneId: queryId(query.milestone, 'milestone'),
    health: parseHealth(query.health),
    owner: parseOwner(query.owner),
    openOnly: query.open === '1',
  };
}
