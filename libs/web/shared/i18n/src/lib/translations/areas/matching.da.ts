/** Danish texts for the matching pages; en and ar must have exactly these keys (checked by type). */
export const matchingDa = {} as const;
