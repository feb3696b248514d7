/** Today in Copenhagen as an ISO date (2026-11-26), the way the API compares dates. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}
