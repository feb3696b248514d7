import { enumName, enumOf } from './enum-of';

describe('enumOf', () => {
  it('names each stored value in UPPER_SNAKE case and keeps the value', () => {
    const kinds = enumOf(['mentor', 'leisure-guide', 'mon-evening'] as const);
    expect(kinds).toEqual({ MENTOR: 'mentor', LEISURE_GUIDE: 'leisure-guide', MON_EVENING: 'mon-evening' });
    const typed: 'leisure-guide' = kinds.LEISURE_GUIDE;
    expect(typed).toBe('leisure-guide');
  });

  it('names one value the same way', () => {
    expect(enumName('needs-assessment')).toBe('NEEDS_ASSESSMENT');
  });
});
