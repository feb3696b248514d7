import {
  formatDanishDate,
  formatDanishTime,
  formatKroner,
  isoDateToDanish,
  oreToKronerText,
  parseDanishDate,
  parseDanishTime,
  parseKroner,
} from './danish-format';

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

describe('reading Danish input', () => {
  it('turns a Danish date into an ISO date and back', () => {
    expect(parseDanishDate('1.2.2026')).toBe('2026-02-01');
    expect(parseDanishDate('26-11-2026')).toBe('2026-11-26');
    expect(isoDateToDanish('2026-02-01')).toBe('01.02.2026');
  });

  it('refuses dates that do not exist or are written another way', () => {
    expect(parseDanishDate('31.02.2026')).toBeNull();
    expect(parseDanishDate('2026-02-01')).toBeNull();
    expect(parseDanishDate('')).toBeNull();
  });

  it('reads times with a full stop or a colon', () => {
    expect(parseDanishTime('18.00')).toEqual([18, 0]);
    expect(parseDanishTime('7:30')).toEqual([7, 30]);
    expect(parseDanishTime('24.00')).toBeNull();
  });

  it('reads kroner with thousands dots and decimal comma into øre', () => {
    expect(parseKroner('2.000,00')).toBe(200000);
    expect(parseKroner('2000')).toBe(200000);
    expect(parseKroner('450,5 kr.')).toBe(45050);
    expect(parseKroner('0')).toBe(0);
    expect(parseKroner('-5')).toBeNull();
    expect(parseKroner('2,000.00')).toBeNull();
    expect(oreToKronerText(200000)).toBe('2.000,00');
  });
});
