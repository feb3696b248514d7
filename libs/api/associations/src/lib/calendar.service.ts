import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, MoreThanOrEqual } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { AssociationEntity } from './association.entity';
import { OfferEntity } from './offer.entity';
import { type Calendar, writeCalendar } from './ical';

/** Events that ended this long ago drop out of the feed; calendars keep what they already have. */
const PAST_DAYS = 90;

/**
 * Public iCalendar feeds of an association's published events: titles, times, places and
 * descriptions only — never anything about who registered.
 */
@Injectable()
export class CalendarService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The feed, or null when the municipality has no such association. */
  async associationFeed(
    municipalityId: string | null,
    associationId: string,
    now = new Date(),
  ): Promise<string | null> {
    const calendar = await inTenantTransaction(this.dataSource, municipalityId, async (manager) => {
      const association = await manager.findOneBy(AssociationEntity, { id: associationId });
      if (!association) return null;
      const events = await manager.find(OfferEntity, {
        where: {
          associationId,
          kind: 'event',
          status: 'published',
          startsAt: MoreThanOrEqual(new Date(now.getTime() - PAST_DAYS * 86_400_000)),
        },
        relations: { locality: true },
        order: { startsAt: 'ASC', id: 'ASC' },
      });
      return {
        name: association.name,
        events: events.map((offer) => ({
          uid: `offer-${offer.id}@brobygger`,
          start: offer.startsAt as Date,
          summary: offer.title,
          description: offer.description,
          location: [offer.place, offer.locality?.name].filter(Boolean).join(', '),
        })),
      } satisfies Calendar;
    });
    return calendar ? writeCalendar(calendar, now) : null;
  }
}
