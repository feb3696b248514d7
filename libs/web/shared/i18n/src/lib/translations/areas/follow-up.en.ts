import type { followUpDa } from './follow-up.da';

export const followUpEn: Record<keyof typeof followUpDa, string> = {};
