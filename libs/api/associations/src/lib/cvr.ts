const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** A Danish CVR number: 8 digits, not starting with 0, whose weighted sum (2765432 1) is divisible by 11. */
export function isValidCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const sum = [...value].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0), 0);
  return sum % 11 === 0;
}
