import type { matchingDa } from './matching.da';

export const matchingEn: Record<keyof typeof matchingDa, string> = {};
