import type { coordinationDa } from './coordination.da';

export const coordinationAr: Record<keyof typeof coordinationDa, string> = {};
