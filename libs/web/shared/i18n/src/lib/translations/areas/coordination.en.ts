import type { coordinationDa } from './coordination.da';

export const coordinationEn: Record<keyof typeof coordinationDa, string> = {};
