import { escapeText, foldLine, icalUtc, writeCalendar } from './ical';

const now = new Date('2026-11-27T09:30:00.123Z');

describe('the iCalendar writer', () => {
  it('writes UTC date-times in the basic format', () => {
    expect(icalUtc(new Date('2026-12-05T17:00:00.000Z'))).toBe('20261205T170000Z');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('Mad; drikke, og\\ mere\r\nNæste linje\nog så')).toBe(
      'Mad\\; drikke\\, og\\\\ mere\\nNæste linje\\nog så',
    );
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'æøå'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    }
    // Unfolding (remove CRLF + one space) gives the line back.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes a complete calendar with CRLF line ends and the required properties', () => {
    const ics = writeCalendar(
      {
        name: 'Slangerup Aftenskole, arrangementer',
        events: [
          {
            uid: 'offer-1@brobygger',
            start: new Date('2026-12-05T17:00:00Z'),
            summary: 'Madcafé: smag, snak',
            description: 'Fællesspisning.\nTag gerne en ret med.',
            location: 'Kongensgade 12; Slangerup',
          },
        ],
      },
      now,
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
    expect(lines).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Brobygger//Brobygger events//DA',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Slangerup Aftenskole\\, arrangementer',
      'BEGIN:VEVENT',
      'UID:offer-1@brobygger',
      'DTSTAMP:20261127T093000Z',
      'DTSTART:20261205T170000Z',
      'DTEND:20261205T190000Z',
      'SUMMARY:Madcafé: smag\\, snak',
      'DESCRIPTION:Fællesspisning.\\nTag gerne en ret med.',
      'LOCATION:Kongensgade 12\\; Slangerup',
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('writes an empty calendar when there are no events', () => {
    const ics = writeCalendar({ name: 'Tom', events: [] }, now);
    expect(ics).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Brobygger//Brobygger events//DA\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Tom\r\nEND:VCALENDAR\r\n',
    );
  });
});
