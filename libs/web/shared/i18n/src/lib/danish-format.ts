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
