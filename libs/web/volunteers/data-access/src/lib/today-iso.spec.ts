import { todayIso } from './today-iso';

describe('todayIso', () => {
  it('knows today as Copenhagen does', () => {
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayIso(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15');
  });
});
