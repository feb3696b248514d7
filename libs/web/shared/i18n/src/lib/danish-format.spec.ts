import { formatDanishDate, formatDanishTime, formatKroner } from './danish-format';

describe('Danish formats', () => {
  it('writes dates as dd.mm.yyyy in Copenhagen time', () => {
    // 23:30 UTC on 25 November is already 26 November in Copenhagen.
    expect(formatDanishDate('2026-11-25T23:30:00Z')).toBe('26.11.2026');
  });

  it('writes times with a full stop, in Copenhagen time', () => {
    expect(formatDanishTime('2026-12-05T17:00:00Z')).toBe('18.00');
  });

  it('writes amounts in kroner with thousands dots and decimal comma', () => {
    expect(formatKroner(2000)).toBe('2.000,00 kr.');
  });
});
