import { Controller, Get, Header, NotFoundException, Param, Req } from '@nestjs/common';
import { Public, type RequestWithContext, UUID, requestContextOf } from '@brobygger/api/util';
import { CalendarService } from './calendar.service';

/** Calendar subscriptions ("Abonnér i kalender"): plain HTTP, since calendar apps do not speak GraphQL. */
@Controller('ical')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  /** The association's published events as an iCalendar feed (RFC 5545). */
  @Public()
  @Get('associations/:id.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'public, max-age=900')
  async association(@Param('id') id: string, @Req() req: RequestWithContext): Promise<string> {
    if (!UUID.test(id)) throw new NotFoundException('No association with this id.');
    const feed = await this.calendars.associationFeed(requestContextOf(req).municipalityId, id);
    if (feed === null) throw new NotFoundException('No association with this id.');
    return feed;
  }
}
