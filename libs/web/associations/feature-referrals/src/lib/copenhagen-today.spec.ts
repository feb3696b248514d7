import { copenhagenToday } from './copenhagen-today';

describe('copenhagenToday', () => {
  it('counts calendar days in Copenhagen, not in UTC', () => {
    expect(copenhagenToday(new Date('2026-11-27T10:00:00Z'))).toBe('2026-11-27');
    // 23:30 UTC on New Year's Eve is already 1 January in Copenhagen (UTC+1 in winter).
    expect(copenhagenToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC in July is 00:30 the next day (UTC+2 in summer).
    expect(copenhagenToday(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
  });
});
