const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Copenhagen as YYYY-MM-DD: the municipality's calendar day, whatever the server's zone. */
export function copenhagenDate(at: Date = new Date()): string {
  return COPENHAGEN_DAY.format(at);
}

/** The ISO date `days` after (or before, when negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
