import type { associationInboxDa } from './association-inbox.da';

export const associationInboxAr: Record<keyof typeof associationInboxDa, string> = {};
