import type { matchingDa } from './matching.da';

export const matchingAr: Record<keyof typeof matchingDa, string> = {};
