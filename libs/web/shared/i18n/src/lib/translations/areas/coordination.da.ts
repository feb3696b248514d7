/** Danish texts for the coordination pages; en and ar must have exactly these keys (checked by type). */
export const coordinationDa = {} as const;
