import { formatDanishDate, parseDanishDate } from '@brobygger/web/shared/i18n';

/** Today's date in Copenhagen as YYYY-MM-DD, the calendar the API counts in. */
export function copenhagenToday(now: Date = new Date()): string {
  return parseDanishDate(formatDanishDate(now)) ?? now.toISOString().slice(0, 10);
}
