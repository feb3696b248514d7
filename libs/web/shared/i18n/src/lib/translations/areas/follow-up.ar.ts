import type { followUpDa } from './follow-up.da';

export const followUpAr: Record<keyof typeof followUpDa, string> = {};
