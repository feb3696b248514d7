import { isValidCvr } from './cvr';

describe('isValidCvr', () => {
  it('accepts numbers that pass the modulus-11 check', () => {
    // 2×1+7×2+6×3+5×4+4×5+3×6+2×7+1×4 = 110 = 10×11
    expect(isValidCvr('12345674')).toBe(true);
    expect(isValidCvr('29189846')).toBe(true);
    expect(isValidCvr('25313763')).toBe(true);
  });

  it('refuses a wrong check digit, wrong length, letters and a leading zero', () => {
    expect(isValidCvr('12345675')).toBe(false);
    expect(isValidCvr('1234567')).toBe(false);
    expect(isValidCvr('1234567x')).toBe(false);
    expect(isValidCvr('01234567')).toBe(false);
  });
});
