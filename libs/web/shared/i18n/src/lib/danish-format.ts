const TIME_ZONE = 'Europe/Copenhagen';

const dateFormat = new Intl.DateTimeFormat('da-DK', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('da-DK', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const amountFormat = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 26.11.2026 — dates are shown the Danish way in every language, in Copenhagen time. */
export function formatDanishDate(value: Date | string): string {
  return dateFormat.format(new Date(value));
}

/** 18.00 */
export function formatDanishTime(value: Date | string): string {
  return timeFormat.format(new Date(value)).replace(':', '.');
}

/** 2.000,00 kr. */
export function formatKroner(amount: number): string {
  return `${amountFormat.format(amount)} kr.`;
}

/** 26.11.2026 from an ISO date (2026-11-26) as the API keeps calendar dates, without time-zone shifts. */
export function isoDateToDanish(value: string | null | undefined): string {
  const match = value?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : '';
}

/**
 * The ISO date (2026-11-26) for a date typed the Danish way: 26.11.2026, 26-11-2026 or 26/11/2026,
 * day and month with one or two digits. Null when it is not a real calendar date.
 */
export function parseDanishDate(text: string): string | null {
  const match = text.trim().match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 18.00 or 18:00 → [18, 0]; null when it is not a time of day. */
export function parseDanishTime(text: string): [hours: number, minutes: number] | null {
  const match = text.trim().match(/^(\d{1,2})[.:](\d{2})$/);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  return hours < 24 && minutes < 60 ? [hours, minutes] : null;
}

/** 2.000,00 — an amount in øre written for a kroner input field (no "kr."). */
export function oreToKronerText(ore: number | null | undefined): string {
  return ore == null ? '' : amountFormat.format(ore / 100);
}

/**
 * Øre for an amount typed in kroner the Danish way: 2000, 2.000, 2.000,50 or 2000,5 (a trailing
 * "kr." is allowed). Null when it is not an amount of 0 or more with at most two decimals.
 */
export function parseKroner(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/\s*kr\.?$/i, '')
    .replace(/\s/g, '');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.replace(/\./g, '').split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
