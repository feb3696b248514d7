import type { associationInboxDa } from './association-inbox.da';

export const associationInboxEn: Record<keyof typeof associationInboxDa, string> = {};
