import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ActorService } from '../auth/actor.service';
import { AppError } from '../common/errors/app-error';
import { supportedInstant } from '../common/graphql/scalars';
import { AuditTrailService } from './audit-trail.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function instant(value: string | undefined, name: string): Date | undefined {
  if (!value) return undefined;
  // As the GraphQL DateTime reads it: `new Date` took "+275760-09-13", which PostgreSQL then refused with a 500.
  const date = supportedInstant(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (!date)
    throw new AppError(
      'BAD_USER_INPUT',
      `${name} must be an ISO 8601 day or instant, e.g. 2003-09-19 or 2003-09-19T12:00:00Z.`,
    );
  return date;
}

function id(value: string | undefined, name: string): string | undefined {
  if (value && !UUID.test(value)) throw new AppError('BAD_USER_INPUT', `${name} must be an id.`);
  return value || undefined;
}

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
          matterId: id(query.matterId, 'matterId'),
          accountId: id(query.accountId, 'accountId'),
          from: instant(query.from, 'from'),
          to: instant(query.to, 'to'),
        },
        actor.clearance,
      );
      await reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="prepcom-audit.csv"')
        .send(this.trail.toCsv(events));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const code = String(error.extensions.code);
      const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400;
      await reply.status(status).send({ errors: [{ message: error.message, extensions: { code } }] });
    }
  }
}
