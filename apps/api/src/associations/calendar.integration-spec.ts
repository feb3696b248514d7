import { createAssociation, createOffer } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

/** Six in the evening (UTC), some days from now, as the demo dates its events. */
function atSixPm(inDays: number): Date {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + inDays);
  date.setUTCHours(17, 0, 0, 0);
  return date;
}

describe('the public iCalendar feed of an association’s events', () => {
  let api: TestApp;
  let ids: Map<string, string>;
  const idOf = (name: string): string => ids.get(name) ?? '';

  beforeAll(async () => {
    api = await createTestApp();
    const { id: municipalityId, towns } = await api.municipality();
    const event = { municipalityId, kind: 'event' as const, eventKind: 'other' as const };
    const skibby = await createAssociation(api.dataSource, {
      municipalityId,
      localityId: towns.Skibby,
      name: 'Skibby Bylaug',
    });
    await createOffer(api.dataSource, {
      ...event,
      associationId: skibby.id,
      localityId: towns.Skibby,
      title: 'Tøjbazar i forsamlingshuset',
      startsAt: atSixPm(20),
    });
    await createOffer(api.dataSource, {
      ...event,
      associationId: skibby.id,
      localityId: towns.Skibby,
      title: 'Bustur rundt i kommunen',
      status: 'draft',
      startsAt: atSixPm(45),
    });
    const slangerup = await createAssociation(api.dataSource, {
      municipalityId,
      localityId: towns.Slangerup,
      name: 'Slangerup Aftenskole',
    });
    await createOffer(api.dataSource, {
      ...event,
      associationId: slangerup.id,
      localityId: towns.Slangerup,
      title: 'Madcafé: smag på hinandens køkken',
      startsAt: atSixPm(12),
    });
    ids = new Map([skibby, slangerup].map((a) => [a.name, a.id]));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('serves published events as text/calendar with CRLF lines, without signing in', async () => {
    const response = await fetch(`${api.url}/ical/associations/${idOf('Skibby Bylaug')}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await response.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = body.replace(/\r\n /g, '').split('\r\n');
    expect(lines).toContain('X-WR-CALNAME:Skibby Bylaug');
    expect(lines).toContain('SUMMARY:Tøjbazar i forsamlingshuset');
    // The draft bus tour is not published.
    expect(body).not.toContain('Bustur');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    for (const prefix of ['UID:offer-', 'DTSTAMP:', 'DTSTART:', 'DTEND:']) {
      expect(lines.some((l) => l.startsWith(prefix))).toBe(true);
    }
    expect(lines.find((l) => l.startsWith('DTSTART:'))).toMatch(/^DTSTART:\d{8}T170000Z$/);
  });

  it('leaves closed events and other associations’ events out', async () => {
    const skibby = idOf('Skibby Bylaug');
    await api.dataSource.query(`UPDATE offer SET status = 'closed' WHERE association_id = $1 AND kind = 'event'`, [
      skibby,
    ]);
    const body = await (await fetch(`${api.url}/ical/associations/${skibby}.ics`)).text();
    expect(body).not.toContain('BEGIN:VEVENT');
    const slangerup = await (await fetch(`${api.url}/ical/associations/${idOf('Slangerup Aftenskole')}.ics`)).text();
    expect(slangerup).toContain('SUMMARY:Madcafé: smag på hinandens køkken');
    expect(slangerup).not.toContain('Tøjbazar');
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await fetch(`${api.url}/ical/associations/00000000-0000-4000-8000-000000000000.ics`)).status).toBe(404);
    expect((await fetch(`${api.url}/ical/associations/nope.ics`)).status).toBe(404);
  });
});
