/**
 * A minimal iCalendar (RFC 5545) writer for public event feeds: CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped, all times in UTC (so no VTIMEZONE
 * is needed and every calendar shows them in its own zone, Copenhagen included).
 */
export interface CalendarEvent {
  /** Globally unique and stable across refreshes, so calendars update rather than duplicate. */
  uid: string;
  start: Date;
  /** Defaults to `defaultDurationMinutes` after the start. */
  end?: Date;
  summary: string;
  description?: string;
  location?: string;
}

export interface Calendar {
  /** Shown as the calendar's name by clients that read X-WR-CALNAME. */
  name: string;
  events: readonly CalendarEvent[];
}

const PRODUCT_ID = '-//Brobygger//Brobygger events//DA';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 20261205T170000Z */
export function icalUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with one space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export function writeCalendar(calendar: Calendar, now = new Date(), defaultDurationMinutes = 120): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
  ];
  const stamp = icalUtc(now);
  for (const event of calendar.events) {
    const end = event.end ?? new Date(event.start.getTime() + defaultDurationMinutes * 60_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icalUtc(event.start)}`,
      `DTEND:${icalUtc(end)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
