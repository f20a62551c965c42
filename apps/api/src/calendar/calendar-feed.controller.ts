import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../identity/access.decorators';
import { CalendarFeedService } from './calendar-feed.service';

/**
 * The feeds calendar programs subscribe to. They send no cookie: the public feed needs none and a private feed's
 * token is its own authority, so neither is subject to the session or CSRF checks of /graphql.
 */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get('public.ics')
  async publicFeed(@Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.feeds.publicFeed(new Date()), 'public');
  }

  @Public()
  @Get('private/:file')
  async privateFeed(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const body = token ? await this.feeds.privateFeed(token, new Date()) : null;
    if (body === null) {
      await reply
        .status(404)
        .header('content-type', 'text/plain; charset=utf-8')
        .send('No calendar feed has this address; it may have been revoked.\n');
      return;
    }
    await send(reply, body, 'private');
  }
}

function send(reply: FastifyReply, body: string, cache: 'public' | 'private') {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('cache-control', `${cache}, max-age=300`)
    .send(body);
}
