import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ActorService } from '../identity/actor.service';
import { answerDownloadError, queryId, queryInstant } from '../common/errors/download';
import { acceptedLanguage, reasonIn } from '../common/reader-language';
import { AuditTrailService } from './audit-trail.service';

/** The audit trail as a CSV download, for the same people who may read it through GraphQL. */
@Controller()
export class AuditExportController {
  constructor(
    private readonly actors: ActorService,
    private readonly trail: AuditTrailService,
  ) {}

  @Get('audit.csv')
  async export(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() query: Record<string, string | undefined>,
  ): Promise<void> {
    try {
      const actor = await this.actors.fromRequest(request, new Date());
      actor.require('audit.read');
      const events = await this.trail.find(
        {
          matterId: queryId(query.matterId, 'matterId'),
          accountId: queryId(query.accountId, 'accountId'),
          from: queryInstant(query.from, 'from'),
          to: queryInstant(query.to, 'to'),
        },
        actor.clearance,
      );
      await reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="prepcom-audit.csv"')
        .send(this.trail.toCsv(events));
    } catch (error) {
      await answerDownloadError(
        reply,
        error,
        reasonIn(acceptedLanguage(request.headers['accept-language']) ?? 'en'),
      );
    }
  }
}
